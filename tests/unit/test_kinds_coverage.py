"""Every object kind a pg_dump of an application schema holds is modelled (nothing "not compared
yet", nothing dropped), its plan passes the independent safety check, and the check refuses what is
not additive among the new statement kinds. ``ALL_KINDS`` is pg_dump 18's output for a schema using
every kind (trimmed to two text search mappings), plus report-only kinds written the same way."""

from __future__ import annotations

import pglast
import pytest

from pgsnapdiff.build import build_model
from pgsnapdiff.diff import DiffOptions, diff_models
from pgsnapdiff.kinds.privileges import without_unknown_privileges
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.plan import make_plan
from pgsnapdiff.render import describe_difference
from pgsnapdiff.safety import UnsafePlan, check_additive, executed_statements

ALL_KINDS = r"""
CREATE SCHEMA app;
CREATE COLLATION app.ci (provider = libc, locale = 'C');
COMMENT ON COLLATION app.ci IS 'ci';
CREATE TYPE app.address AS (
	street text,
	city text COLLATE pg_catalog."C",
	zip integer
);
COMMENT ON TYPE app.address IS 'addr';
COMMENT ON COLUMN app.address.zip IS 'zip';
CREATE DOMAIN app.email AS text NOT NULL
	CONSTRAINT email_check CHECK ((VALUE ~ '@'::text));
COMMENT ON DOMAIN app.email IS 'email';
COMMENT ON CONSTRAINT email_check ON DOMAIN app.email IS 'at';
CREATE TYPE app.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = app.floatmultirange
);
CREATE TYPE app.mood AS ENUM (
    'sad',
    'ok'
);
CREATE DOMAIN app.posint AS integer DEFAULT 1
	CONSTRAINT posint_check CHECK ((VALUE > 0));
CREATE CAST (app.address AS text) WITH INOUT;
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;
COMMENT ON FUNCTION app.add(a integer, b integer) IS 'adds';
CREATE FUNCTION app.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    RETURN (a + b);
CREATE FUNCTION app.code() RETURNS text
    LANGUAGE sql
    AS $$SELECT 'x'$$;
CREATE FUNCTION app.evt() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$ BEGIN END $$;
CREATE PROCEDURE app.noop(IN x integer DEFAULT 0)
    LANGUAGE plpgsql
    AS $$ BEGIN END $$;
COMMENT ON PROCEDURE app.noop(IN x integer) IS 'noop';
CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE AGGREGATE app.mysum(integer) (
    SFUNC = int4pl,
    STYPE = integer
);
CREATE OPERATOR app.=== (
    FUNCTION = int4eq,
    LEFTARG = integer,
    RIGHTARG = integer
);
CREATE TEXT SEARCH CONFIGURATION app.english2 (
    PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION app.english2
    ADD MAPPING FOR asciiword WITH english_stem;
ALTER TEXT SEARCH CONFIGURATION app.english2
    ADD MAPPING FOR word WITH english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION app.english2 IS 'ts';
CREATE TABLE app.customers (
    id integer NOT NULL,
    email app.email,
    name text COLLATE app.ci,
    addr app.address,
    updated_at timestamp with time zone,
    code text DEFAULT app.code(),
    CONSTRAINT customers_id_check CHECK ((app.add(id, 1) > 0))
);
ALTER TABLE ONLY app.customers FORCE ROW LEVEL SECURITY;
CREATE TABLE app.child (
    extra integer
)
INHERITS (app.customers);
CREATE TABLE app.events (
    id integer,
    kind text
)
PARTITION BY LIST (kind);
CREATE TABLE app.events_a (
    id integer,
    kind text
);
CREATE TABLE app.orders (
    id integer NOT NULL,
    customer_id integer,
    total numeric,
    placed date NOT NULL
)
PARTITION BY RANGE (placed);
CREATE MATERIALIZED VIEW app.mv AS
 SELECT customer_id,
    sum(total) AS s
   FROM app.orders
  GROUP BY customer_id
  WITH NO DATA;
COMMENT ON MATERIALIZED VIEW app.mv IS 'mv';
CREATE TABLE app.orders_2024 (
    id integer CONSTRAINT orders_id_not_null NOT NULL,
    customer_id integer,
    total numeric,
    placed date CONSTRAINT orders_placed_not_null NOT NULL
);
CREATE TABLE app.orders_default (
    id integer CONSTRAINT orders_id_not_null NOT NULL,
    customer_id integer,
    total numeric,
    placed date CONSTRAINT orders_placed_not_null NOT NULL
);
CREATE SEQUENCE app.s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
COMMENT ON SEQUENCE app.s IS 'seq';
CREATE VIEW app.v_customers AS
 SELECT id,
    email
   FROM app.customers c
  WHERE (id > 0);
CREATE VIEW app.v2 AS
 SELECT id
   FROM app.v_customers;
COMMENT ON VIEW app.v2 IS 'v2';
COMMENT ON COLUMN app.v2.id IS 'vid';
CREATE VIEW app.v_chk AS
 SELECT id
   FROM app.customers
  WITH CASCADED CHECK OPTION;
CREATE VIEW app.v_opts WITH (security_barrier='true') AS
 SELECT (id)::bigint AS id,
    (1)::numeric(3,1) AS n
   FROM app.customers;
ALTER TABLE ONLY app.events ATTACH PARTITION app.events_a FOR VALUES IN ('a');
ALTER TABLE ONLY app.orders ATTACH PARTITION app.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY app.orders ATTACH PARTITION app.orders_default DEFAULT;
ALTER TABLE ONLY app.child ALTER COLUMN code SET DEFAULT app.code();
ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY app.orders_2024
    ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY app.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed);
CREATE UNIQUE INDEX mv_idx ON app.mv USING btree (customer_id);
ALTER INDEX app.orders_pkey ATTACH PARTITION app.orders_2024_pkey;
ALTER INDEX app.orders_pkey ATTACH PARTITION app.orders_default_pkey;
CREATE STATISTICS app.st (dependencies) ON id, customer_id FROM app.orders;
CREATE RULE r_ins AS
    ON INSERT TO app.v_customers DO INSTEAD NOTHING;
COMMENT ON RULE r_ins ON app.v_customers IS 'r';
CREATE CONSTRAINT TRIGGER ct AFTER INSERT ON app.customers DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE TRIGGER customers_touch BEFORE UPDATE ON app.customers FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION app.touch();
COMMENT ON TRIGGER customers_touch ON app.customers IS 'touch';
ALTER TABLE app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id);
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_all ON app.customers USING (true) WITH CHECK ((id < 1000));
CREATE POLICY p_read ON app.customers FOR SELECT TO app_reader USING ((id > 0));
COMMENT ON POLICY p_read ON app.customers IS 'read';
CREATE PUBLICATION pub1 WITH (publish = 'insert, update, delete, truncate');
COMMENT ON PUBLICATION pub1 IS 'p';
CREATE PUBLICATION pub_all FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION pub1 ADD TABLE ONLY app.child;
ALTER PUBLICATION pub1 ADD TABLE ONLY app.customers;
ALTER PUBLICATION pub1 ADD TABLE ONLY app.orders;
GRANT USAGE ON SCHEMA app TO app_reader;
GRANT ALL ON FUNCTION app.add(a integer, b integer) TO app_reader;
REVOKE ALL ON FUNCTION app.code() FROM PUBLIC;
GRANT SELECT ON TABLE app.customers TO app_reader;
GRANT SELECT(id) ON TABLE app.orders TO app_reader;
GRANT SELECT(total) ON TABLE app.orders TO app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;
CREATE EVENT TRIGGER evt_ddl ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE')
   EXECUTE FUNCTION app.evt();
COMMENT ON EVENT TRIGGER evt_ddl IS 'evt';
"""  # noqa: E501

REPORT_ONLY = """
CREATE FOREIGN DATA WRAPPER remote_wrapper;
CREATE SERVER remote FOREIGN DATA WRAPPER remote_wrapper OPTIONS (host 'db.internal');
CREATE USER MAPPING FOR app_reader SERVER remote OPTIONS (user 'reader', password 'hunter2');
CREATE FOREIGN TABLE app.remote_orders (id integer) SERVER remote;
CREATE OPERATOR FAMILY app.ops USING btree;
ALTER TABLE ONLY app.customers REPLICA IDENTITY FULL;
ALTER TABLE ONLY app.orders_2024 ALTER COLUMN total SET STATISTICS 500;
SECURITY LABEL FOR dummy ON TABLE app.customers IS 'secret';
"""


def model(sql: str):
    return build_model(parse_sql(sql, origin="all_kinds.sql"), "all_kinds.sql")


def test_every_kind_in_a_dump_is_modelled() -> None:
    built = model(ALL_KINDS + REPORT_ONLY)
    assert built.unsupported == []
    kinds = {obj.kind for obj in built}
    assert {"view", "materialized view", "function", "aggregate", "trigger", "rule", "event trigger",
            "domain", "domain constraint", "composite type", "attribute", "range type", "row security",
            "policy", "partition", "index attachment", "collation", "text search configuration",
            "statistics", "operator", "cast", "publication", "published table", "privilege",
            "default privilege", "comment", "table setting", "foreign table", "user mapping",
            "security label"} <= kinds, kinds


def test_the_whole_plan_is_additive_and_every_statement_parses() -> None:
    reference = model(ALL_KINDS)
    result = diff_models(reference, model(""), DiffOptions(privileges=True))
    plan = make_plan(reference, result)
    assert len(plan.steps) > 70
    check_additive(plan.script())
    for step in plan.steps:
        assert list(executed_statements(step.sql))  # parses, DO bodies included
    # the REVOKE the reference has comes with the function's creation, in its block: nothing is left
    assert result.attention == []
    create = next(step.sql for step in plan.steps if step.what == "function app.code()")
    assert "REVOKE EXECUTE ON FUNCTION app.code () FROM PUBLIC;" in create


def test_report_only_kinds_need_a_person_and_never_show_a_password() -> None:
    result = diff_models(model(ALL_KINDS + REPORT_ONLY), model(ALL_KINDS))
    plan = make_plan(model(ALL_KINDS + REPORT_ONLY), result)
    assert plan.empty
    messages = [describe_difference(c) for c in result.attention]
    assert len(messages) == 8 and all("by hand" in m for m in messages), messages
    settings = [m for m in messages if " of table " in m or " of table column " in m]  # existing tables
    assert len(settings) == 2 and all("sets this only on what it creates" in m for m in settings), settings
    assert "hunter2" not in "\n".join(messages)
    mapping = next(c for c in result.attention if c.obj.key[0] == "user mapping")
    assert "hunter2" not in repr(mapping.obj.facts())  # not even compared


def test_privileges_are_only_compared_when_asked() -> None:
    without = model(ALL_KINDS.replace("GRANT SELECT ON TABLE app.customers TO app_reader;", ""))
    assert diff_models(model(ALL_KINDS), without).attention == []
    result = diff_models(model(ALL_KINDS), without, DiffOptions(privileges=True))
    grant = "privilege SELECT on table app.customers to app_reader"
    assert [c.obj.display for c in result.missing] == [grant]


def test_grant_all_equals_the_privileges_it_stands_for() -> None:
    all_ = model("GRANT ALL ON TABLE app.t TO r; GRANT ALL ON FUNCTION app.f() TO r;"
                 "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT ALL ON SEQUENCES TO r;")
    seven = "SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER"
    listed = model(f"GRANT {seven},MAINTAIN ON TABLE app.t TO r; GRANT EXECUTE ON FUNCTION app.f() TO r;"
                   "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE,SELECT,UPDATE ON SEQUENCES TO r;")
    assert diff_models(all_, listed, DiffOptions(privileges=True)).attention == []
    assert not diff_models(all_, listed, DiffOptions(privileges=True)).missing
    # before PostgreSQL 17 (as pg_dump 17+ writes a full grant there), ALL lacks MAINTAIN
    older = model(f"GRANT {seven} ON TABLE app.t TO r; GRANT EXECUTE ON FUNCTION app.f() TO r;"
                  "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE,SELECT,UPDATE ON SEQUENCES TO r;")
    missing = diff_models(all_, older, DiffOptions(privileges=True)).missing
    assert [c.obj.display for c in missing] == ["privilege MAINTAIN on table app.t to r"]
    assert not diff_models(without_unknown_privileges(all_, 16), without_unknown_privileges(older, 16),
                           DiffOptions(privileges=True)).missing


REFUSED = [
    "CREATE OR REPLACE VIEW app.v AS SELECT 1",
    "CREATE OR REPLACE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
    "CREATE OR REPLACE TRIGGER t AFTER INSERT ON app.t FOR EACH ROW EXECUTE FUNCTION app.f()",
    "CREATE OR REPLACE RULE r AS ON INSERT TO app.t DO INSTEAD NOTHING",
    "CREATE OR REPLACE AGGREGATE app.a(integer) (sfunc = int4pl, stype = integer)",
    "CREATE TABLE app.copy AS SELECT * FROM app.t",
    "DROP VIEW app.v", "DROP FUNCTION app.f()", "DROP TRIGGER t ON app.t", "DROP POLICY p ON app.t",
    "ALTER TABLE app.t DISABLE ROW LEVEL SECURITY", "ALTER TABLE app.t NO FORCE ROW LEVEL SECURITY",
    "ALTER TABLE app.p DETACH PARTITION app.p1",
    "ALTER TYPE app.address DROP ATTRIBUTE zip", "ALTER TYPE app.address ALTER ATTRIBUTE zip TYPE text",
    "ALTER DOMAIN app.email DROP CONSTRAINT email_check", "ALTER DOMAIN app.email DROP NOT NULL",
    "ALTER PUBLICATION p DROP TABLE app.t", "ALTER PUBLICATION p SET (publish = 'insert')",
    "ALTER TEXT SEARCH CONFIGURATION app.c DROP MAPPING FOR word",
    "REVOKE SELECT ON app.t FROM r", "ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM r",
    "SET search_path = app", "SET check_function_bodies = off",
    "REFRESH MATERIALIZED VIEW app.m", "ALTER INDEX app.i RENAME TO j",
    "DO $$ BEGIN IF (pg_catalog.pg_terminate_backend(1)) THEN END IF; END $$",
]
ALLOWED = [
    "DO $$ BEGIN IF NOT (pg_catalog.to_regprocedure('app.f()') IS NOT NULL) THEN "
    "SET LOCAL check_function_bodies = off; "
    "CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql AS 'SELECT 1'; "
    "END IF; END $$",
    "CREATE MATERIALIZED VIEW IF NOT EXISTS app.m AS SELECT 1",
    "ALTER TABLE app.t ENABLE ROW LEVEL SECURITY", "ALTER TABLE app.p ATTACH PARTITION app.p1 DEFAULT",
    "ALTER INDEX app.i ATTACH PARTITION app.i1", "ALTER TYPE app.address ADD ATTRIBUTE zip text",
    "ALTER DOMAIN app.email ADD CONSTRAINT c CHECK (VALUE <> '') NOT VALID",
    "ALTER DOMAIN app.email VALIDATE CONSTRAINT c", "ALTER PUBLICATION p ADD TABLE ONLY app.t",
    "GRANT SELECT ON TABLE app.t TO r", "ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO r",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_refused(sql: str) -> None:
    with pytest.raises(UnsafePlan):
        check_additive(sql)


@pytest.mark.parametrize("sql", ALLOWED)
def test_allowed(sql: str) -> None:
    check_additive(sql)


def test_replacing_views_and_functions_needs_the_opt_in() -> None:
    for sql in REFUSED[:2]:
        check_additive(sql, allow_replace=True)
    for sql in REFUSED[2:5]:
        with pytest.raises(UnsafePlan):
            check_additive(sql, allow_replace=True)


def test_a_multi_line_function_body_is_created_verbatim() -> None:
    """The DO block around a CREATE FUNCTION is indented for reading; the body must not be, or
    the function's source would differ from the reference's and never converge."""
    body = "\nBEGIN\n  RETURN NEW;\n    -- indented comment\nEND\n"
    desired = f"CREATE FUNCTION app.f() RETURNS trigger LANGUAGE plpgsql AS $${body}$$;"
    plan = make_plan(model(desired), diff_models(model(desired), model("")))
    statements = executed_statements(plan.steps[0].sql)
    [create] = [n for n in statements if isinstance(n, pglast.ast.CreateFunctionStmt)]
    assert next(o.arg[0].sval for o in create.options if o.defname == "as") == body


@pytest.mark.parametrize("sql", [
    "CREATE DOMAIN app.d AS integer CONSTRAINT c CHECK (VALUE > 0) NOT VALID",
    "DO $$ BEGIN CREATE TABLE app.t (a integer DEFAULT 1 = ANY (ARRAY[1])); END $$"])
def test_a_statement_that_does_not_parse_refuses_the_plan_in_one_line(sql: str) -> None:
    """A statement pgsnapdiff printed wrongly is refused like a non-additive one (a pgsnapdiff bug to
    report), not a traceback: the two examples are plans this checker once met."""
    with pytest.raises(UnsafePlan, match="does not parse"):
        check_additive(sql)


def test_what_public_may_do_in_schema_public_is_not_compared() -> None:
    """pg_dump writes the schema's default of a server before 15 as REVOKE/GRANT: compared, a 14
    reference granted CREATE on public to everyone on a 15+ target, and a 14 target always differed.
    A grant to a role on that schema is compared as any other."""
    before_15 = model("REVOKE USAGE ON SCHEMA public FROM PUBLIC; GRANT ALL ON SCHEMA public TO PUBLIC;"
                      "GRANT USAGE ON SCHEMA public TO app;")
    since_15 = model("")
    result = diff_models(before_15, since_15, DiffOptions(privileges=True))
    assert [c.obj.display for c in result.missing] == ["privilege USAGE on schema public to app"]
    extra = diff_models(since_15, before_15, DiffOptions(privileges=True)).attention
    assert [c.obj.display for c in extra] == ["privilege USAGE on schema public to app"]
