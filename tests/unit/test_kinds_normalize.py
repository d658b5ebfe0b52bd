"""The same object written differently compares equal: PostgreSQL 15 vs 18 view texts, casts and
parentheses, ``int``/``int4``/``integer``, the default ``public`` schema, options at their default
value. And different objects stay different: overloads, a changed query, a changed option."""

from __future__ import annotations

import pytest

from pgsnapdiff.build import build_model
from pgsnapdiff.diff import diff_models
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.plan import make_plan


def model(sql: str):
    return build_model(parse_sql(sql, origin="test.sql"), "test.sql")


def differences(a: str, b: str) -> list[str]:
    """Displays of everything that is not the same between two schemas (either direction)."""
    result = diff_models(model(a), model(b))
    return [c.obj.display for c in result.changes if c.status not in ("same",)]


# (PostgreSQL 18's pg_dump text, PostgreSQL 15's) of the same view: 16+ drops the qualifier of a
# column at a query level with a single source; sub-queries keep theirs in both.
VERSIONS = [
    ("SELECT id, email FROM app.customers c WHERE (id > 0)",
     "SELECT c.id, c.email FROM app.customers c WHERE (c.id > 0)"),
    ("SELECT customer_id, sum(total) AS s FROM app.orders GROUP BY customer_id",
     "SELECT orders.customer_id, sum(orders.total) AS s FROM app.orders GROUP BY orders.customer_id"),
    ("SELECT a, (SELECT max(t2.b) AS max FROM app.t t2 WHERE (t2.a = t.a)) AS m FROM app.t",
     "SELECT t.a, (SELECT max(t2.b) AS max FROM app.t t2 WHERE (t2.a = t.a)) AS m FROM app.t"),
    ("WITH x AS (SELECT t.a FROM app.t) SELECT a FROM x",
     "WITH x AS (SELECT t.a FROM app.t) SELECT x.a FROM x"),
    ("SELECT a FROM app.t WHERE (a IN (SELECT t_1.b FROM app.t t_1))",
     "SELECT t.a FROM app.t WHERE (t.a IN (SELECT t_1.b FROM app.t t_1))"),
    ("SELECT id, title FROM app.tasks ORDER BY id",
     "SELECT tasks.id, tasks.title FROM app.tasks ORDER BY tasks.id"),
]


@pytest.mark.parametrize(("pg18", "pg15"), VERSIONS)
def test_views_dumped_by_postgresql_15_and_18_compare_equal(pg18: str, pg15: str) -> None:
    assert differences(f"CREATE VIEW app.v AS {pg18};", f"CREATE VIEW app.v AS {pg15};") == []
    assert differences(f"CREATE MATERIALIZED VIEW app.m AS {pg18} WITH NO DATA;",
                       f"CREATE MATERIALIZED VIEW app.m AS {pg15} WITH NO DATA;") == []


@pytest.mark.parametrize(("a", "b"), [
    ("SELECT (a > (0)::numeric) AS x FROM app.t", "SELECT a > CAST(0 AS numeric) AS x FROM app.t"),
    ("SELECT ((a + 1) * 2) AS x FROM app.t", "SELECT (a + 1) * 2 AS x FROM app.t"),
    ("SELECT (a)::int AS x FROM app.t", "SELECT a::integer AS x FROM app.t"),
    ("SELECT a::int4 AS x FROM app.t", "SELECT CAST(a AS integer) AS x FROM app.t"),
    ("SELECT a FROM orders", "SELECT a FROM public.orders"),
])
def test_spellings_postgresql_treats_alike_compare_equal(a: str, b: str) -> None:
    assert differences(f"CREATE VIEW app.v AS {a};", f"CREATE VIEW app.v AS {b};") == []


@pytest.mark.parametrize(("a", "b"), [
    ("SELECT a FROM app.t", "SELECT b AS a FROM app.t"),
    ("SELECT a FROM app.t WHERE a > 0", "SELECT a FROM app.t WHERE a >= 0"),
    ("SELECT a FROM app.t", "SELECT a FROM other.t"),
    # ORDER BY b means the output column b (= t.a) here: not the table's b, never unqualified
    ("SELECT a AS b, b AS a FROM app.t ORDER BY t.b", "SELECT a AS b, b AS a FROM app.t ORDER BY b"),
])
def test_different_queries_stay_different(a: str, b: str) -> None:
    assert differences(f"CREATE VIEW app.v AS {a};", f"CREATE VIEW app.v AS {b};") == ["view app.v"]


def test_ctes_are_not_taken_for_public_tables() -> None:
    cte = "CREATE VIEW app.v AS WITH x AS (SELECT 1 AS a) SELECT a FROM x;"
    table = "CREATE VIEW app.v AS WITH x AS (SELECT 1 AS a) SELECT a FROM public.x;"
    assert differences(cte, table) == ["view app.v"]


def test_view_options_compare_by_value() -> None:
    assert differences("CREATE VIEW app.v WITH (security_barrier='true') AS SELECT 1 AS a;",
                       "CREATE VIEW app.v WITH (security_barrier = true) AS SELECT 1 AS a;") == []


def test_function_options_at_their_default_compare_equal() -> None:
    dumped = "CREATE FUNCTION app.f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$;"
    spelled = ("CREATE FUNCTION app.f(IN a int4) RETURNS int VOLATILE CALLED ON NULL INPUT SECURITY INVOKER "
               "PARALLEL UNSAFE COST 100 LANGUAGE SQL AS $$ SELECT a $$;")
    assert differences(dumped, spelled) == []
    stable = dumped.replace("LANGUAGE sql", "LANGUAGE sql STABLE")
    assert differences(dumped, stable) == ["function app.f(integer)"]


def test_function_with_out_arguments_implies_record() -> None:
    head = "CREATE FUNCTION app.f(a integer, OUT b integer, OUT c text)"
    assert differences(f"{head} RETURNS record LANGUAGE sql AS 'SELECT 1, 2';",
                       f"{head} LANGUAGE sql AS 'SELECT 1, 2';") == []


def test_overloads_are_different_objects_keyed_by_input_types() -> None:
    schema = model("""
        CREATE FUNCTION app.f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x';
        CREATE FUNCTION app.f(x text, OUT y integer) LANGUAGE sql AS 'SELECT 1';
        CREATE PROCEDURE app.p(IN a integer, OUT b integer) LANGUAGE plpgsql AS 'BEGIN END';
        COMMENT ON FUNCTION app.f(integer) IS 'on integers';
        COMMENT ON FUNCTION app.f(x text, OUT y integer) IS 'on text';
        COMMENT ON PROCEDURE app.p(IN a integer, OUT b integer) IS 'a procedure';""")
    keys = {obj.key for obj in schema}
    assert {("function", "app", "f", "integer"), ("function", "app", "f", "text"),
            ("function", "app", "p", "integer")} <= keys
    assert {("comment", "function", "app", "f", "integer"), ("comment", "function", "app", "f", "text"),
            ("comment", "function", "app", "p", "integer")} <= keys
    # argument names and defaults are not part of the identity: the same function, differing
    body = "RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    renamed = differences(f"CREATE FUNCTION app.f(x integer) {body}",
                          f"CREATE FUNCTION app.f(y integer DEFAULT 1) {body}")
    assert renamed == ["function app.f(integer)"]


def test_range_type_default_multirange_name_and_publication_defaults() -> None:
    dumped = "CREATE TYPE app.span AS RANGE (subtype = integer, multirange_type_name = app.span_multirange);"
    assert differences(dumped, "CREATE TYPE app.span AS RANGE (subtype = int4);") == []
    # nor planned: PostgreSQL 13 does not know the option (found creating a range type there)
    plan = make_plan(model(dumped), diff_models(model(dumped), model("")))
    assert "subtype = integer)" in plan.steps[0].sql and "multirange" not in plan.steps[0].sql
    assert differences("CREATE PUBLICATION p WITH (publish = 'insert, update, delete, truncate');",
                       "CREATE PUBLICATION p;") == []


def test_a_type_that_changed_kind_is_a_difference() -> None:
    changes = diff_models(model("CREATE DOMAIN app.x AS integer;"), model("CREATE TYPE app.x AS ENUM ('a');"))
    [change] = [c for c in changes.changes if c.key == ("type", "app", "x")]
    assert change.status == "differs" and change.fields[0].field == "kind"
    assert (change.fields[0].reference, change.fields[0].target) == ("domain", "type")


def test_comment_on_a_composite_attribute_belongs_to_the_attribute() -> None:
    keys = {o.key for o in model("CREATE TYPE app.a AS (x integer); COMMENT ON COLUMN app.a.x IS 'x';")}
    assert ("comment", "attribute", "app", "a", "x") in keys


def test_a_snapshot_and_live_dumps_of_either_version_compare_equal() -> None:
    """snapshot.py unqualifies columns at every query level where that is safe: its text, and
    PostgreSQL 15's and 18's, are one and the same view."""
    from pgsnapdiff.snapshot import render_snapshot

    pg15 = ("CREATE VIEW app.v AS SELECT t.a, (SELECT max(t2.b) AS max FROM app.t t2 WHERE (t2.a = t.a)) AS m"
            " FROM app.t UNION SELECT t.b AS a, 1 AS m FROM app.t;")
    pg18 = ("CREATE VIEW app.v AS SELECT a, (SELECT max(t2.b) AS max FROM app.t t2 WHERE (t2.a = t.a)) AS m"
            " FROM app.t UNION SELECT t.b AS a, 1 AS m FROM app.t;")
    snapshot = render_snapshot(pg15, source="test")
    assert "max(b)" in snapshot  # the snapshot did unqualify inside the sub-query
    assert differences(snapshot, pg15) == differences(snapshot, pg18) == differences(pg15, pg18) == []
