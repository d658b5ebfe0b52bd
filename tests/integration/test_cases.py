"""Golden cases against a real server: a database at the current schema holding rows is synced to
the desired schema. Dry run changes nothing; --apply converges; a second apply changes nothing;
the --format sql script runs twice through psql; every existing row is kept."""

from __future__ import annotations

import json

import pytest

from tests.casekit import Case, all_cases
from tests.dbkit import execute, kept, psql_file, rows_of_all_tables, run_cli


@pytest.fixture(params=["pg_server", "pg17_server", "pg15_server"], ids=["embedded18", "npm17", "system15"])
def server(request):
    """Every case runs on the embedded PostgreSQL 18, on npm's PostgreSQL 17 and on Debian's 15."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def databases(server, case: Case):
    current = server.create_database()
    execute(current, case.current)
    execute(current, case.data)
    reference = server.create_database()
    execute(reference, case.desired)
    return reference, current


CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_dry_run_changes_nothing_and_matches_golden(databases, case: Case) -> None:
    reference, current = databases
    rows = rows_of_all_tables(current)
    before = run_cli("diff", reference, current, "--format", "sql")
    assert before.exit_code == 0, before.stderr
    assert before.stdout == case.expected
    again = run_cli("diff", reference, current, "--format", "sql")
    assert again.stdout == before.stdout  # the dry run changed nothing
    assert rows_of_all_tables(current) == rows


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_apply_converges_keeps_rows_and_is_idempotent(databases, case: Case) -> None:
    reference, current = databases
    rows = rows_of_all_tables(current)
    first = run_cli("diff", reference, current, "--apply", "--exit-code", "--no-color")
    assert first.exit_code == case.exit_code, first.stdout + first.stderr
    assert kept(rows, rows_of_all_tables(current))
    # Re-diff: whatever is still planned may only be steps held back by existing data.
    report = json.loads(run_cli("diff", reference, current, "--format", "json").stdout)
    assert all(step["may_hold_back"] for step in report["steps"]), report["steps"]
    # Second apply: succeeds and leaves the same state.
    second = run_cli("diff", reference, current, "--apply", "--exit-code", "--no-color")
    assert second.exit_code == case.exit_code, second.stdout + second.stderr
    assert kept(rows, rows_of_all_tables(current))
    if case.exit_code == 0:
        assert "applied" not in second.stdout  # nothing left to execute
        assert report["steps"] == [] and report["attention"] == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_sql_script_runs_twice_through_psql(server, case: Case, tmp_path) -> None:
    current = server.create_database()
    execute(current, case.current)
    execute(current, case.data)
    rows = rows_of_all_tables(current)
    script = tmp_path / "plan.sql"
    script.write_text(case.expected, encoding="utf-8")
    for attempt in (1, 2):
        done = psql_file(current, str(script))
        assert done.returncode == 0, f"run {attempt}: {done.stderr}"
    assert kept(rows, rows_of_all_tables(current))
