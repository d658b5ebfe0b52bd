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
