-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create table audit.events
CREATE TABLE IF NOT EXISTS audit.events (id bigint NOT NULL, kind text NOT NULL, payload jsonb, body text, tag text) WITH (autovacuum_enabled = 'false', fillfactor = '90');

-- create materialized view audit.kinds
CREATE MATERIALIZED VIEW IF NOT EXISTS audit.kinds AS SELECT count(*) AS n FROM audit.events;

-- add primary key constraint events_pkey on audit.events
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'audit' AND r.relname = 'events' AND c.conname = 'events_pkey') THEN
    ALTER TABLE audit.events ADD CONSTRAINT events_pkey PRIMARY KEY (id);
  END IF;
END
$$;

-- create index audit.events_kind_lower
CREATE INDEX IF NOT EXISTS events_kind_lower ON audit.events (kind, (lower(body)));

-- create index audit.events_tag_key
CREATE UNIQUE INDEX IF NOT EXISTS events_tag_key ON audit.events (tag);

-- create index audit.ledger_note_lower
CREATE INDEX IF NOT EXISTS ledger_note_lower ON audit.ledger (id, (lower(note)));

-- set statistics target of table column audit.events.payload
ALTER TABLE ONLY audit.events ALTER COLUMN payload SET STATISTICS 1000;

-- set storage of table column audit.events.body
ALTER TABLE ONLY audit.events ALTER COLUMN body SET STORAGE external;

-- set compression of table column audit.events.body
ALTER TABLE ONLY audit.events ALTER COLUMN body SET COMPRESSION pglz;

-- set options of table column audit.events.tag
ALTER TABLE ONLY audit.events ALTER COLUMN tag SET (n_distinct = 100);

-- set statistics target of materialized view column audit.kinds.n
ALTER TABLE ONLY audit.kinds ALTER COLUMN n SET STATISTICS 300;

-- set replica identity of table audit.events
ALTER TABLE ONLY audit.events REPLICA IDENTITY USING INDEX events_pkey;

-- set statistics target of index column audit.events_kind_lower.2
ALTER INDEX audit.events_kind_lower ALTER COLUMN 2 SET STATISTICS 400;

-- set clustering index of table audit.events
ALTER TABLE ONLY audit.events CLUSTER ON events_tag_key;
