"""Saved plans: `apply plan.json` runs exactly the reviewed statements, and refuses after drift."""

from __future__ import annotations

import json

import psycopg

from tests.dbkit import execute, run_cli

OLD = "CREATE TABLE public.t (id integer NOT NULL);"
NEW = "CREATE TABLE public.t (id integer NOT NULL, note text);\nCREATE INDEX t_note_idx ON public.t (note);"


def _pair(server):
    reference = server.create_database()
    execute(reference, NEW)
    target = server.create_database()
    execute(target, OLD + "INSERT INTO public.t VALUES (1);")
    return reference, target


def test_plan_file_is_stable_and_has_no_secrets(pg_server, tmp_path) -> None:
    reference, target = _pair(pg_server)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run_cli("diff", reference, target, "--plan-out", str(a)).exit_code == 0
    assert run_cli("diff", reference, target, "--plan-out", str(b)).exit_code == 0
    assert a.read_bytes() == b.read_bytes()  # no timestamps, sorted keys
    doc = json.loads(a.read_text())
    assert doc["format_version"] == 1
    assert [s["object"] for s in doc["steps"]] == ["column public.t.note", "index public.t_note_idx"]
    assert len(doc["target"]["fingerprint"]) == 64


def test_apply_runs_exactly_the_saved_statements(pg_server, tmp_path) -> None:
    reference, target = _pair(pg_server)
    plan = tmp_path / "plan.json"
    run_cli("diff", reference, target, "--plan-out", str(plan))
    # Reviewed and edited by a person: the reviewed statements are what runs, not a fresh plan.
    doc = json.loads(plan.read_text())
    doc["steps"] = doc["steps"][:1]  # the reviewer kept only the column
    plan.write_text(json.dumps(doc))
    result = run_cli("apply", str(plan), target)
    assert result.exit_code == 0, result.stderr
    assert "applied 1 reviewed statements" in result.stdout
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT to_regclass('public.t_note_idx')").fetchone() == (None,)
        cols = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns"
                                           " WHERE table_name = 't' ORDER BY ordinal_position")]
    assert cols == ["id", "note"]


def test_apply_refuses_after_drift_and_names_the_change(pg_server, tmp_path) -> None:
    reference, target = _pair(pg_server)
    plan = tmp_path / "plan.json"
    run_cli("diff", reference, target, "--plan-out", str(plan))
    execute(target, "ALTER TABLE public.t ADD COLUMN sneaky integer;")  # drift between plan and apply
    result = run_cli("apply", str(plan), target)
    assert result.exit_code == 1
    assert "column public.t.sneaky was added" in result.stderr
    with psycopg.connect(target) as conn:  # nothing run
        assert conn.execute("SELECT count(*) FROM information_schema.columns WHERE table_name = 't'"
                            " AND column_name = 'note'").fetchone() == (0,)


def test_apply_defaults_to_the_plans_target(pg_server, tmp_path) -> None:
    reference, target = _pair(pg_server)
    plan = tmp_path / "plan.json"
    run_cli("diff", reference, target, "--plan-out", str(plan))
    result = run_cli("apply", str(plan))
    assert result.exit_code == 0, result.stderr
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_damaged_plan_file_is_one_line_error(tmp_path) -> None:
    bad = tmp_path / "plan.json"
    bad.write_text("{not json")
    result = run_cli("apply", str(bad), "postgresql://nobody@127.0.0.1:1/x")
    assert result.exit_code == 1 and "not a pgsnapdiff plan file" in result.stderr


def test_saved_plan_keeps_the_replace_definitions_opt_in(pg_server, tmp_path) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE VIEW public.v AS SELECT 2 AS n;")
    target = pg_server.create_database()
    execute(target, "CREATE VIEW public.v AS SELECT 1 AS n;")
    plan = tmp_path / "plan.json"
    run_cli("diff", reference, target, "--replace-definitions", "--plan-out", str(plan))
    assert json.loads(plan.read_text())["replace_definitions"] is True
    result = run_cli("apply", str(plan), target)
    assert result.exit_code == 0, result.stderr
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT n FROM public.v").fetchone() == (2,)
