-- A new table, materialized view and index with the settings pg_dump writes as ALTER statements:
-- created with them (a new relation holds no rows). The existing audit.ledger lacks its REPLICA
-- IDENTITY FULL: on an existing table that is a person's decision, so it is reported (exit 4), and
-- so is the statistics target of its new index (which could be held back, or built --online after
-- the transaction).
CREATE SCHEMA audit;
CREATE TABLE audit.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    body text,
    tag text
)
WITH (autovacuum_enabled='false', fillfactor='90');
ALTER TABLE ONLY audit.events ALTER COLUMN payload SET STATISTICS 1000;
ALTER TABLE ONLY audit.events ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE ONLY audit.events ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE ONLY audit.events ALTER COLUMN tag SET (n_distinct=100);
CREATE MATERIALIZED VIEW audit.kinds AS
 SELECT count(*) AS n
   FROM audit.events
  WITH NO DATA;
ALTER TABLE ONLY audit.kinds ALTER COLUMN n SET STATISTICS 300;
CREATE TABLE audit.ledger (
    id bigint NOT NULL,
    note text
);
ALTER TABLE ONLY audit.ledger REPLICA IDENTITY FULL;
ALTER TABLE ONLY audit.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY audit.events REPLICA IDENTITY USING INDEX events_pkey;
CREATE INDEX events_kind_lower ON audit.events USING btree (kind, lower(body));
ALTER INDEX audit.events_kind_lower ALTER COLUMN 2 SET STATISTICS 400;
CREATE UNIQUE INDEX events_tag_key ON audit.events USING btree (tag);
ALTER TABLE audit.events CLUSTER ON events_tag_key;
CREATE INDEX ledger_note_lower ON audit.ledger USING btree (id, lower(note));
ALTER INDEX audit.ledger_note_lower ALTER COLUMN 2 SET STATISTICS 200;
