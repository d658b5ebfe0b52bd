"""Snapshot text from dump text, without a server: canonical, version-independent, loadable order."""

from __future__ import annotations

from pathlib import Path

import pytest

from pgsnapdiff import __version__
from pgsnapdiff.build import build_model
from pgsnapdiff.diff import diff_models
from pgsnapdiff.parse import parse_sql
from pgsnapdiff.snapshot import Options, render_snapshot, stale_diff
from pgsnapdiff.sources import SNAPSHOT_MARKER, is_dump_text

DATA = Path(__file__).with_name("test_snapshot_data")
PG15 = (DATA / "pg15_order_a.dump.sql").read_text()
PG18 = (DATA / "pg18_order_b.dump.sql").read_text()


def render(text: str, **kw) -> str:
    return render_snapshot(text, source="schema.sql", **kw)


def test_pg_dump_15_and_18_of_schemas_created_in_different_orders_give_the_same_bytes() -> None:
    assert PG15 != PG18  # the dumps really differ: views, NOT NULL names, SET lines, banners
    assert render(PG15) == render(PG18)


def test_more_kinds_agree_across_versions_too() -> None:
    """SQL-standard function bodies, policies with sub-selects, rules, inheritance, materialized views."""
    pg15 = (DATA / "pg15_more_kinds.dump.sql").read_text()
    pg18 = (DATA / "pg18_more_kinds.dump.sql").read_text()
    assert pg15 != pg18
    assert render(pg15) == render(pg18)


def test_no_pg_dump_noise_and_a_short_header() -> None:
    text = render(PG18)
    first, second, third, *_ = text.splitlines()
    assert first == f"{SNAPSHOT_MARKER} (pgsnapdiff {__version__})"
    assert second == "-- Source: schema.sql"
    assert is_dump_text(text)
    for noise in ("Dumped", "SET statement_timeout", "set_config", "\\restrict", "-- Name:", "Owner:",
                  "transaction_timeout", "default_table_access_method"):
        assert noise not in text
    assert text.endswith(";\n") and "\n\n\n" not in text
    # The only SET kept: SQL functions may name tables that come later (pg_dump relies on it too).
    assert [ln for ln in text.splitlines() if ln.startswith("SET ")] == ["SET check_function_bodies = false;"]


def test_the_snapshot_reads_as_the_same_model_as_the_dump() -> None:
    snapshot = render(PG18)
    from_dump = build_model(parse_sql(PG18, origin="dump"), "dump")
    from_snapshot = build_model(parse_sql(snapshot, origin="snapshot"), "snapshot")
    result = diff_models(from_dump, from_snapshot)
    assert result.missing == [] and result.attention == []


def test_rendering_a_snapshot_again_changes_nothing() -> None:
    once = render(PG15)
    assert render(once) == once


# What servers 15 and 18 print for the same views (pg_get_viewdef): 16+ drops qualifiers where it can.
VIEWS_15 = """
CREATE VIEW public.v AS SELECT t.a, t.b AS c FROM public.t WHERE (t.a > 0) ORDER BY t.c, t.a;
CREATE VIEW public.v2 AS SELECT t.a AS x, t.b FROM public.t ORDER BY t.a, t.b;
CREATE VIEW public.d AS SELECT DISTINCT ON (t.c) t.b AS c, t.a FROM public.t ORDER BY t.c, t.a;
CREATE VIEW public.w AS SELECT t.a FROM public.t WHERE (EXISTS ( SELECT 1 FROM public.u WHERE (u.a = t.a)));
CREATE VIEW public.s AS SELECT x.a FROM ( SELECT t.a FROM public.t) x;
CREATE VIEW public.j AS SELECT t.a, u.b FROM (public.t JOIN public.u ON ((t.a = u.a)));
"""
VIEWS_18 = """
CREATE VIEW public.v AS SELECT a, b AS c FROM public.t WHERE (a > 0) ORDER BY t.c, a;
CREATE VIEW public.v2 AS SELECT a AS x, b FROM public.t ORDER BY a, b;
CREATE VIEW public.d AS SELECT DISTINCT ON (t.c) b AS c, a FROM public.t ORDER BY t.c, a;
CREATE VIEW public.w AS SELECT a FROM public.t WHERE (EXISTS ( SELECT 1 FROM public.u WHERE (u.a = t.a)));
CREATE VIEW public.s AS SELECT a FROM ( SELECT t.a FROM public.t) x;
CREATE VIEW public.j AS SELECT t.a, u.b FROM (public.t JOIN public.u ON ((t.a = u.a)));
"""


def test_view_qualifiers_of_servers_15_and_18_agree_where_the_meaning_cannot_change() -> None:
    text = render(VIEWS_15)
    assert text == render(VIEWS_18)
    flat = " ".join(text.split())
    # ORDER BY t.c stays qualified: a bare c would mean the output column "c" (that is t.b).
    assert "ORDER BY t.c, a;" in flat and "DISTINCT ON (t.c)" in flat
    # A sub-select's reference to the outer t stays qualified (a bare a would be u.a).
    assert "WHERE a = t.a" in flat
    assert "SELECT t.a, u.b FROM public.t INNER JOIN public.u ON t.a = u.a" in flat  # joins keep them


def test_not_null_constraint_names_of_postgresql_18_are_dropped() -> None:
    assert render("CREATE TABLE public.p (a date CONSTRAINT x_a_not_null NOT NULL);") == render(
        "CREATE TABLE public.p (a date NOT NULL);")


def test_runs_of_constraints_and_indexes_are_sorted_and_keep_their_comments() -> None:
    dump = """
CREATE TABLE public.a (id integer NOT NULL);
CREATE TABLE public.b (id integer NOT NULL, a_id integer);
ALTER TABLE ONLY public.b ADD CONSTRAINT same_name UNIQUE (id);
ALTER TABLE ONLY public.a ADD CONSTRAINT same_name UNIQUE (id);
COMMENT ON CONSTRAINT same_name ON public.a IS 'on a';
ALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.b ADD CONSTRAINT b_a_fkey FOREIGN KEY (a_id) REFERENCES public.a (id);
CREATE INDEX z_idx ON public.b (a_id);
CREATE INDEX m_idx ON public.a (id);
"""
    lines = [ln for ln in render(dump).splitlines() if ln and not ln.startswith("--")]
    order = [ln.split(" ADD CONSTRAINT ")[1].split()[0] if "ADD CONSTRAINT" in ln else ln for ln in lines]
    start = order.index("a_pkey")
    assert order[start:start + 5] == ["a_pkey", "same_name", "COMMENT ON CONSTRAINT same_name ON public.a",
                                      "  IS 'on a';", "same_name"]
    assert order.index("b_a_fkey") > order.index("same_name")  # foreign keys are never pulled up
    assert order.index("CREATE INDEX z_idx") > order.index("b_a_fkey")  # runs do not cross
    assert render(dump) == render(dump.replace("CREATE INDEX z_idx ON public.b (a_id);\n", "")
                                  + "CREATE INDEX z_idx ON public.b (a_id);\n")


def test_owners_and_privileges_only_on_request() -> None:
    dump = ("CREATE TABLE public.t (id integer);\nALTER TABLE public.t OWNER TO app;\n"
            "GRANT SELECT ON TABLE public.t TO reader;\n")
    assert "OWNER" not in render(dump) and "GRANT" not in render(dump)
    kept = render(dump, options=Options(owners=True, privileges=True))
    assert "ALTER TABLE public.t OWNER TO app;" in kept
    assert "GRANT SELECT\n  ON TABLE public.t\n  TO reader;" in kept


def test_stale_diff_ignores_only_the_tool_version() -> None:
    current = render(PG18)
    older_tool = current.replace(f"(pgsnapdiff {__version__})", "(pgsnapdiff 0.0.1)")
    assert stale_diff(older_tool, current, "s.sql") is None
    assert stale_diff(current.replace("\n", "\r\n"), current, "s.sql") is None  # a Windows checkout
    changed = render(PG18.replace("    name text,\n", "    name text,\n    phone text,\n"))
    diff = stale_diff(current, changed, "s.sql")
    assert diff is not None and "+  phone text," in diff and diff.startswith("--- s.sql (committed)")


@pytest.mark.parametrize("name", ["rich_order_a.sql", "rich_order_b.sql"])
def test_hand_written_sources_are_not_dumps(name: str) -> None:
    assert not is_dump_text((DATA / name).read_text())  # so diff loads them into a server


def test_two_spellings_of_one_builtin_call_give_the_same_bytes(caplog) -> None:
    """pg_dump of a server before 16 writes ``timezone('UTC'::text, c)`` where 16+ writes
    ``(c AT TIME ZONE 'UTC'::text)``: one call, one snapshot text, re-printed (not kept as dumped)."""
    table = "CREATE TABLE public.t (c timestamp with time zone);\n"
    old = render(table + "CREATE INDEX t_i ON public.t USING btree (timezone('UTC'::text, c));\n")
    new = render(table + "CREATE INDEX t_i ON public.t USING btree (((c AT TIME ZONE 'UTC'::text)));\n")
    assert old == new
    assert "timezone(CAST('UTC' AS text)" in new and "kept a" not in caplog.text


def test_an_array_cast_gives_the_same_bytes_as_the_server_reads_it(caplog) -> None:
    """``x IN ('a', 'b')`` on a varchar column: pg_dump writes ``(ARRAY['a'::varchar, ...])::text[]``
    from the source and ``ARRAY[('a'::varchar)::text, ...]`` once pgsnapdiff created it. One
    snapshot text for both, re-printed (not kept as dumped)."""
    table = ("CREATE TABLE public.t (\n    st character varying(10),\n"
             "    CONSTRAINT t_st_check CHECK ({})\n);\n")
    source = render(table.format("((st)::text = ANY ((ARRAY['a'::character varying, "
                                 "'b'::character varying])::text[]))"))
    created = render(table.format("((st)::text = ANY (ARRAY[('a'::character varying)::text, "
                                  "('b'::character varying)::text]))"))
    assert source == created
    assert "ARRAY[CAST(CAST('a' AS varchar) AS text)," in source and "kept a" not in caplog.text
