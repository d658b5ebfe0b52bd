"""Hazards: each planned statement says what it does to a live table, with the target's row count."""

from __future__ import annotations

import json

from tests.dbkit import execute, run_cli

REFERENCE = """
CREATE TABLE public.big (id integer NOT NULL, note text, token uuid DEFAULT gen_random_uuid());
CREATE INDEX big_note_idx ON public.big (note);
CREATE TABLE public.fresh (id integer);
CREATE INDEX fresh_id_idx ON public.fresh (id);
"""


def test_hazards_in_json_and_text(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, REFERENCE)
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.big (id integer NOT NULL);"
                    "INSERT INTO public.big SELECT g FROM generate_series(1, 5000) AS g; ANALYZE public.big;")
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    by_object = {s["object"]: s["hazard"] for s in doc["steps"]}
    assert by_object["index public.big_note_idx"]["lock"] == "SHARE"
    assert "blocks writes" in by_object["index public.big_note_idx"]["effect"]
    assert by_object["index public.big_note_idx"]["rows"] == 5000
    assert "rewrites the table" in by_object["column public.big.token"]["effect"]  # volatile default
    assert "no rewrite" in by_object["column public.big.note"]["effect"]
    assert by_object["index public.fresh_id_idx"]["table"] is None  # a new table holds no data
    text = run_cli("diff", reference, target).stdout
    expected = ("index public.big_note_idx  [SHARE; blocks writes while the index builds (reads continue); "
                "~5.0k rows]")
    assert expected in text


def test_hazards_of_partitions_row_security_and_materialized_views(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, """
        CREATE TABLE public.events (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
        CREATE TABLE public.events_2026 PARTITION OF public.events
            FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
        CREATE TABLE public.notes (id integer, owner text);
        ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own ON public.notes USING (owner = current_user);
        CREATE MATERIALIZED VIEW public.note_count AS SELECT count(*) AS n FROM public.notes;
    """)
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.events (id integer NOT NULL, at date NOT NULL)"
                    " PARTITION BY RANGE (at); CREATE TABLE public.notes (id integer, owner text);")
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    by_kind = {s["kind"]: s["hazard"] for s in doc["steps"]}
    assert "scans the partition" in by_kind["partition"]["effect"]
    assert "policy allows" in by_kind["row security"]["effect"]
    assert "populate" in by_kind["materialized view"]["effect"]


def test_a_new_attribute_of_an_existing_composite_type_warns_of_the_row_shape(pg_server) -> None:
    """``ALTER TYPE pair ADD ATTRIBUTE c`` keeps stored values, but SQL that builds the old row shape
    (``(x, y)::pair`` in a function) fails from then on: the reviewer is told (found in
    pg-schema-diff's composite type cases)."""
    reference = pg_server.create_database()
    execute(reference, "CREATE TYPE public.pair AS (a integer, b text, c boolean);"
                       "CREATE TYPE public.fresh AS (a integer, b text);")
    target = pg_server.create_database()
    execute(target, "CREATE TYPE public.pair AS (a integer, b text);"
                    "CREATE TABLE public.users (id integer, attrs public.pair);")
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    by_object = {s["object"]: s["hazard"] for s in doc["steps"]}
    assert "builds the old shape" in by_object["attribute public.pair.c"]["effect"]
    assert by_object["composite type public.fresh"]["effect"] == "creates a new object"
    text = run_cli("diff", reference, target, "--no-color").stdout  # shown in the report too, not only JSON
    assert "add attribute public.pair.c  [ACCESS EXCLUSIVE (brief) on the type; changes the row shape" in text
    assert "create composite type public.fresh\n" in text  # a new object: nothing to say
