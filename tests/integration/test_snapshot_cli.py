"""`pgsnapdiff snapshot` end to end on real servers: same bytes every time (runs, creation orders,
PostgreSQL 15 and 18), loadable with psql, usable as REF for diff; configuration and named targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.dbkit import execute, psql_file, run_cli

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "unit" / "test_snapshot_data"
PG15_BIN = Path("/usr/lib/postgresql/15/bin")


def snapshot(*args: str | Path) -> tuple[int, str]:
    result = run_cli("snapshot", *map(str, args))
    assert result.exit_code == 0, result.stderr
    return result.exit_code, result.stderr


def body(path: Path) -> str:
    """The snapshot without its header (which names the source)."""
    return path.read_text().split("\n\n", 1)[1]


def test_two_runs_give_the_same_bytes_and_the_file_loads_and_is_a_reference(
        tmp_path: Path, fresh_db: str) -> None:
    first, second = tmp_path / "first.sql", tmp_path / "second.sql"
    snapshot("--from", DATA / "rich_order_a.sql", "-o", first)
    snapshot("--from", DATA / "rich_order_a.sql", "-o", second)
    assert first.read_bytes() == second.read_bytes()
    to_stdout = run_cli("snapshot", "--from", str(DATA / "rich_order_a.sql"), "-o", "-")
    assert to_stdout.stdout == first.read_text()

    loaded = psql_file(fresh_db, str(first))
    assert loaded.returncode == 0, loaded.stderr
    # REF for diff against a server: the database loaded from it has nothing to add...
    assert run_cli("diff", str(first), fresh_db, "--exit-code").exit_code == 0
    # REF for diff offline, file against file: no server needed.
    assert run_cli("diff", str(first), str(second), "--exit-code").exit_code == 0
    smaller = tmp_path / "smaller.sql"
    smaller.write_text(first.read_text().replace("  name text,\n", ""))
    assert run_cli("diff", str(first), str(smaller), "--exit-code").exit_code == 3


def test_an_empty_database_synced_from_a_snapshot_converges(tmp_path: Path, fresh_db: str) -> None:
    """The shop's schema (kinds the engine plans; domains and views are not planned yet)."""
    snap = tmp_path / "shop.sql"
    snapshot("--from", REPO / "pgsnapdiff" / "demo_data" / "models.sql", "-o", snap)
    applied = run_cli("diff", str(snap), fresh_db, "--apply")
    assert applied.exit_code == 0, applied.stderr + applied.stdout
    assert run_cli("diff", str(snap), fresh_db, "--exit-code").exit_code == 0


def test_the_creation_order_does_not_change_the_bytes(tmp_path: Path) -> None:
    snapshot("--from", DATA / "rich_order_a.sql", "-o", tmp_path / "a.sql")
    snapshot("--from", DATA / "rich_order_b.sql", "-o", tmp_path / "b.sql")
    assert body(tmp_path / "a.sql") == body(tmp_path / "b.sql")


@pytest.mark.skipif(not (PG15_BIN / "postgres").is_file(), reason=f"no PostgreSQL 15 in {PG15_BIN}")
def test_postgresql_15_and_18_give_the_same_bytes(tmp_path: Path, pg15_server) -> None:
    snapshot("--from", DATA / "rich_order_a.sql", "-o", tmp_path / "on18.sql")
    snapshot("--from", DATA / "rich_order_a.sql", "-o", tmp_path / "on15.sql", "--pg-bin", PG15_BIN)
    assert (tmp_path / "on18.sql").read_bytes() == (tmp_path / "on15.sql").read_bytes()
    # A URL source: an existing PostgreSQL 15 database, dumped by pg_dump 18, no build.
    url = pg15_server.create_database()
    execute(url, (DATA / "rich_order_b.sql").read_text())
    snapshot("--from", url, "-o", tmp_path / "from_url.sql")
    text = (tmp_path / "from_url.sql").read_text()
    assert "-- Source: a database URL\n" in text and str(pg15_server.socket_dir) not in text
    assert body(tmp_path / "from_url.sql") == body(tmp_path / "on18.sql")


def test_a_directory_runs_in_order_and_stops_at_the_first_error(tmp_path: Path) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "01_types.sql").write_text("CREATE TYPE public.mood AS ENUM ('ok', 'meh');\n")
    (tmp_path / "db" / "02_tables.sql").write_text("CREATE TABLE public.t (m public.mood);\n")
    snapshot("--from", tmp_path / "db", "-o", tmp_path / "s.sql")
    assert "CREATE TABLE public.t (\n  m public.mood\n);" in (tmp_path / "s.sql").read_text()

    (tmp_path / "db" / "03_more.sql").write_text("-- more\n\nCREATE TABLE public.u (x nosuchtype);\n")
    result = run_cli("snapshot", "--from", str(tmp_path / "db"), "-o", str(tmp_path / "bad.sql"))
    assert result.exit_code == 1
    assert "03_more.sql:3: type \"nosuchtype\" does not exist" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "bad.sql").exists()


def test_configuration_drives_snapshot_check_and_named_targets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_db: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pgsnapdiff]\nsource = "db"\nextensions = ["citext"]\n\n'
        '[tool.pgsnapdiff.targets]\nprod = "$PGSNAPDIFF_TEST_PROD"\n')
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.sql").write_text("CREATE TABLE public.users (email public.citext);\n")
    (tmp_path / "src").mkdir()
    monkeypatch.chdir(tmp_path / "src")  # the nearest pyproject.toml is found upwards
    snapshot()
    written = tmp_path / "snapshots" / "schema.sql"
    assert "CREATE EXTENSION IF NOT EXISTS citext" in written.read_text()
    assert "-- Source: db\n" in written.read_text()
    assert run_cli("snapshot", "--check").exit_code == 0

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PGSNAPDIFF_TEST_PROD", raising=False)
    unset = run_cli("diff", "snapshots/schema.sql", "prod")
    assert unset.exit_code == 2 and "$PGSNAPDIFF_TEST_PROD, which is not set" in unset.stderr
    monkeypatch.setenv("PGSNAPDIFF_TEST_PROD", fresh_db)
    applied = run_cli("diff", "snapshots/schema.sql", "prod", "--apply")
    assert applied.exit_code == 0 and "→ prod (postgresql://" in applied.stdout
    assert run_cli("diff", "snapshots/schema.sql", "prod", "--exit-code").exit_code == 0

    (tmp_path / "db" / "schema.sql").write_text("CREATE TABLE public.users (email public.citext, age int);\n")
    stale = run_cli("snapshot", "--check")
    assert stale.exit_code == 1 and "+  age integer" in stale.stdout and "is stale" in stale.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.pgsnapdiff]\nsorce = "db"\n')
    typo = run_cli("snapshot")
    assert typo.exit_code == 2 and "unknown key 'sorce'" in typo.stderr
