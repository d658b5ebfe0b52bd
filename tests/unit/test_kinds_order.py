"""Plans are ordered by real dependencies, also where they cross the phases (types, functions,
tables, columns, views, ...): each step comes after the steps creating what it needs."""

from __future__ import annotations

from pgsnapdiff.build import build_model
from pgsnapdiff.diff import diff_models
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.plan import make_plan


def steps(desired: str, current: str = "CREATE SCHEMA app;") -> list[str]:
    ref = build_model(parse_sql(desired, origin="desired.sql"), "desired.sql")
    cur = build_model(parse_sql(current, origin="current.sql"), "current.sql")
    return [f"{s.action} {s.what}" for s in make_plan(ref, diff_models(ref, cur)).steps]


def before(order: list[str], first: str, then: str) -> bool:
    return order.index(first) < order.index(then)


def test_function_taking_a_new_tables_row_type_comes_after_the_table() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE TABLE app.refunds (id integer, amount numeric);
        CREATE FUNCTION app.label(r app.refunds) RETURNS text LANGUAGE sql AS 'SELECT r.id::text';""")
    assert before(order, "create table app.refunds", "create function app.label(app.refunds)")


def test_domain_whose_check_calls_a_new_function_comes_after_it() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE FUNCTION app.valid_zip(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
        CREATE DOMAIN app.zip AS text CONSTRAINT zip_check CHECK (app.valid_zip(VALUE));
        CREATE TABLE app.people (id integer, zip app.zip);""")
    assert before(order, "create function app.valid_zip(text)", "create domain app.zip")
    assert before(order, "create domain app.zip", "create table app.people")


def test_column_default_or_check_calling_a_new_function_comes_after_it() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE FUNCTION app.code() RETURNS text LANGUAGE sql AS 'SELECT 1::text';
        CREATE FUNCTION app.positive(integer) RETURNS boolean LANGUAGE sql AS 'SELECT $1 > 0';
        CREATE TABLE app.t (id integer, code text DEFAULT app.code(),
                            CONSTRAINT t_id_check CHECK (app.positive(id)));""",
                  "CREATE SCHEMA app; CREATE TABLE app.t (id integer);")
    assert before(order, "create function app.code()", "add column app.t.code")
    assert before(order, "create function app.positive(integer)", "add check constraint t_id_check on app.t")


def test_sql_body_reading_a_new_table_and_a_default_calling_it() -> None:
    """PostgreSQL tracks a SQL-standard body's dependencies: the function needs the table, the
    table's default needs the function. The default is then set after both, not folded in."""
    order = steps("""CREATE SCHEMA app;
        CREATE TABLE app.refunds (id integer, seq integer);
        CREATE FUNCTION app.refund_count() RETURNS bigint LANGUAGE sql STABLE
          BEGIN ATOMIC SELECT count(*) FROM app.refunds; END;
        ALTER TABLE ONLY app.refunds ALTER COLUMN seq SET DEFAULT (app.refund_count() + 1);""")
    assert order.index("create table app.refunds") < order.index("create function app.refund_count()") \
        < order.index("set default of app.refunds.seq")


def test_views_after_new_columns_and_other_views() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE TABLE app.orders (id integer, note text);
        CREATE VIEW app.b AS SELECT a.id FROM app.a a JOIN app.orders o ON o.id = a.id;
        CREATE VIEW app.a AS SELECT o.id, o.note FROM app.orders o JOIN app.orders p ON p.id = o.id;""",
                  "CREATE SCHEMA app; CREATE TABLE app.orders (id integer);")
    assert before(order, "add column app.orders.note", "create view app.a")
    assert before(order, "create view app.a", "create view app.b")  # even when written the other way round


def test_trigger_on_a_new_table_with_a_new_function() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE TABLE app.log (id integer);
        CREATE TRIGGER log_guard BEFORE DELETE ON app.log FOR EACH ROW EXECUTE FUNCTION app.guard();
        CREATE FUNCTION app.guard() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';""")
    assert before(order, "create table app.log", "create trigger log_guard on app.log")
    assert before(order, "create function app.guard()", "create trigger log_guard on app.log")


def test_index_on_a_new_column_and_column_of_a_new_type() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE DOMAIN app.code AS text;
        CREATE TYPE app.point2 AS (x integer, y integer);
        CREATE TABLE app.t (id integer, code app.code, at app.point2);
        CREATE INDEX t_code_idx ON app.t (code);""",
                  "CREATE SCHEMA app; CREATE TABLE app.t (id integer);")
    assert before(order, "create domain app.code", "add column app.t.code")
    assert before(order, "create composite type app.point2", "add column app.t.at")
    assert before(order, "add column app.t.code", "create index app.t_code_idx")


def test_policies_before_row_level_security_is_switched_on() -> None:
    order = steps("""CREATE SCHEMA app; CREATE TABLE app.t (id integer);
        ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON app.t USING (id > 0);""", "CREATE SCHEMA app; CREATE TABLE app.t (id integer);")
    assert before(order, "create policy p on app.t", "set row level security on app.t")


def test_partitions_get_their_indexes_before_the_parent_and_are_attached_after() -> None:
    order = steps("""CREATE SCHEMA app;
        CREATE TABLE app.p (id integer NOT NULL, k integer NOT NULL) PARTITION BY RANGE (k);
        CREATE TABLE app.p1 (id integer NOT NULL, k integer NOT NULL);
        ALTER TABLE ONLY app.p ATTACH PARTITION app.p1 FOR VALUES FROM (1) TO (10);
        ALTER TABLE ONLY app.p ADD CONSTRAINT p_pkey PRIMARY KEY (id, k);
        ALTER TABLE ONLY app.p1 ADD CONSTRAINT p1_pkey PRIMARY KEY (id, k);
        ALTER INDEX app.p_pkey ATTACH PARTITION app.p1_pkey;""")
    child = "add primary key constraint p1_pkey on app.p1"
    parent = "add primary key constraint p_pkey on app.p"
    attach = "attach partition app.p1 of app.p"
    assert before(order, child, parent)
    assert before(order, parent, attach)
    assert before(order, attach, "attach index app.p1_pkey as a partition of app.p_pkey")


def test_default_on_a_new_views_column_comes_after_the_view() -> None:
    order = steps("""CREATE SCHEMA app; CREATE TABLE app.t (id integer, at timestamp);
        CREATE VIEW app.v AS SELECT t.id, t.at FROM app.t t JOIN app.t u ON u.id = t.id;
        ALTER TABLE ONLY app.v ALTER COLUMN at SET DEFAULT now();""",
                  "CREATE SCHEMA app; CREATE TABLE app.t (id integer, at timestamp);")
    assert before(order, "create view app.v", "set default of app.v.at")


def test_pg_dump_placeholder_view_takes_its_final_definition() -> None:
    """pg_dump breaks a dependency loop with a placeholder view replaced later on."""
    ref = build_model(parse_sql("""CREATE SCHEMA app;
        CREATE VIEW app.v AS SELECT NULL::integer AS id;
        CREATE TABLE app.t (id integer);
        CREATE OR REPLACE VIEW app.v AS SELECT t.id FROM app.t t JOIN app.t u ON u.id = t.id;""",
                                origin="d"), "d")
    assert "JOIN" in ref.get(("view", "app", "v")).query


def test_required_skips_only_what_names_nothing() -> None:
    """order.required() walks the AST skipping leaves (constants, column references, a type's or a
    relation's own children): the same answer as looking at every node, on every case's objects."""
    from pgsnapdiff import order
    from pgsnapdiff.kinds.normalize import walk
    from tests.casekit import all_cases

    def every_node(obj) -> set:
        refs = set(obj.depends_on())
        for node in order._nodes(obj):
            for child in walk(node):
                refs |= order._refs_of(child)
        return order.completed(obj, refs)

    objects = [obj for case in all_cases() for text in (case.desired, case.current)
               for obj in build_model(parse_sql(text, origin="x"), "x")]
    assert sum(1 for obj in objects if order.required(obj)) > 100
    for obj in objects:
        assert order.required(obj) == every_node(obj), obj.key
