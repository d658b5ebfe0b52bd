"""The diff command end to end on real servers: exit codes, errors, formats, passwords."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.dbkit import execute, run_cli

OLD = "CREATE TABLE public.t (id integer NOT NULL);"
NEW = "CREATE TABLE public.t (id integer NOT NULL, note text);\nCREATE INDEX t_note_idx ON public.t (note);"


@pytest.fixture
def pair(pg_server):
    reference = pg_server.create_database()
    execute(reference, NEW)
    target = pg_server.create_database()
    execute(target, OLD)
    execute(target, "INSERT INTO public.t VALUES (1), (2);")
    return reference, target


def test_exit_codes_follow_the_documented_contract(pair) -> None:
    reference, target = pair
    assert run_cli("diff", reference, target).exit_code == 0  # dry run without --exit-code
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 3  # additive pending
    assert run_cli("diff", reference, target, "--apply", "--exit-code").exit_code == 0
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0  # converged
    execute(target, "ALTER TABLE public.t ADD COLUMN legacy integer;")
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 4  # only non-additive left


def test_non_additive_differences_are_described_and_never_executed(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.t (id bigint NOT NULL, price numeric(10,2));")
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.t (id integer NOT NULL, price integer, extra text);"
                    "INSERT INTO public.t VALUES (1, 5, 'keep me');")
    result = run_cli("diff", reference, target, "--apply", "--exit-code", "--no-color")
    assert result.exit_code == 4
    assert "column public.t.id differs: type: reference bigint, target integer" in result.stdout
    assert "column public.t.extra: only in the target" in result.stdout
    doc = json.loads(run_cli("diff", reference, target, "--format", "json").stdout)
    assert doc["steps"] == []
    fields = {(a["object"], f["field"], f["reference"], f["target"])
              for a in doc["attention"] for f in a.get("fields", [])}
    assert ("column public.t.price", "type", "numeric(10, 2)", "integer") in fields
    import psycopg
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT id, price, extra FROM public.t").fetchall() == [(1, 5, "keep me")]
        types = dict(conn.execute("SELECT column_name, data_type FROM information_schema.columns"
                                  " WHERE table_name = 't'").fetchall())
    assert types == {"id": "integer", "price": "integer", "extra": "text"}


def test_unreachable_target_fails_fast_with_one_line_and_no_password(tmp_path) -> None:
    ref = tmp_path / "ref.sql"
    ref.write_text("-- PostgreSQL database dump\nCREATE TABLE public.t (id integer);\n")
    url = "postgresql://app:Sup3rS3cret@127.0.0.1:1/prod?connect_timeout=3"
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pgsnapdiff", "diff", str(ref), url],
                          capture_output=True, text=True, timeout=60)
    assert time.monotonic() - start < 15
    assert done.returncode == 1
    assert "Sup3rS3cret" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pgsnapdiff: error:"), done.stderr


def test_unparseable_reference_names_file_and_line_and_changes_nothing(pair, tmp_path) -> None:
    _, target = pair
    bad = tmp_path / "bad.sql"
    bad.write_text("CREATE TABLE public.ok (id integer);\n\nCREATE TABLE public.broken (id integer,;\n")
    before = run_cli("diff", str(bad).replace("bad", "bad"), target).stderr
    assert "bad.sql:3:" in before and "syntax error" in before
    assert before.count("\n") == 1
    done = subprocess.run([sys.executable, "-m", "pgsnapdiff", "diff", str(bad), target, "--apply"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert run_cli("diff", str(bad), target).exit_code == 1


@pytest.mark.parametrize("problem, content, message", [
    ("missing", None, "no such file"),
    ("empty", "", "the file is empty"),
    ("not sql", "this is not SQL at all\n", "syntax error"),
])
def test_bad_reference_files(pair, tmp_path, problem, content, message) -> None:
    _, target = pair
    path = tmp_path / "ref.sql"
    if content is not None:
        path.write_text(content)
    result = run_cli("diff", str(path), target)
    assert result.exit_code == 1, problem
    assert message in result.stderr


def test_sql_format_is_the_script_only_and_runs_in_psql(pair, tmp_path) -> None:
    from tests.dbkit import psql_file

    reference, target = pair
    script = run_cli("diff", reference, target, "--format", "sql").stdout
    assert script.startswith("-- pgsnapdiff plan")
    (tmp_path / "plan.sql").write_text(script)
    for _ in range(2):
        done = psql_file(target, str(tmp_path / "plan.sql"))
        assert done.returncode == 0, done.stderr
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_color_only_on_request_of_a_terminal(pair) -> None:
    reference, target = pair
    out = run_cli("diff", reference, target).stdout  # CliRunner output is not a terminal
    assert "\x1b[" not in out
    assert "ℹ add column public.t.note" in out


def test_file_vs_file_needs_no_server(tmp_path) -> None:
    ref = tmp_path / "ref.sql"
    ref.write_text("-- pgsnapdiff snapshot\nCREATE TABLE public.t (id integer, note text);\n")
    cur = tmp_path / "cur.sql"
    cur.write_text("-- PostgreSQL database dump\nCREATE TABLE public.t (id integer);\n")
    env = {"PGSNAPDIFF_PG_BIN": str(tmp_path / "nowhere"), "PATH": "/nonexistent"}
    done = subprocess.run([sys.executable, "-m", "pgsnapdiff", "diff", str(ref), str(cur), "--format", "sql"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    assert "ADD COLUMN IF NOT EXISTS note text" in done.stdout


OLD_FORMAT_DUMP = """--
-- PostgreSQL database dump
--
SET search_path = public, pg_catalog;
CREATE TYPE mood AS ENUM ('ok', 'bad');
CREATE TABLE parent (id integer NOT NULL);
CREATE SEQUENCE child_id_seq;
CREATE TABLE child (id integer NOT NULL, parent_id integer, m mood DEFAULT 'ok'::mood);
ALTER TABLE ONLY child ALTER COLUMN id SET DEFAULT nextval('child_id_seq'::regclass);
ALTER TABLE ONLY parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);
CREATE INDEX child_parent_idx ON child USING btree (parent_id);
ALTER TABLE ONLY child ADD CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES parent(id);
"""


def test_old_pg_dump_with_a_search_path_means_what_it_says(fresh_db, tmp_path) -> None:
    """pg_dump < 10.3 left names unqualified under SET search_path: no false differences."""
    dump = tmp_path / "structure.sql"
    dump.write_text(OLD_FORMAT_DUMP)
    execute(fresh_db, OLD_FORMAT_DUMP)
    result = run_cli("diff", str(dump), fresh_db, "--exit-code")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_a_name_with_a_newline_stays_on_one_report_line(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, 'CREATE TABLE public."two\nlines" (id integer);')
    target = pg_server.create_database()
    out = run_cli("diff", reference, target, "--no-color").stdout
    assert "ℹ create table public.two\\nlines" in out
    assert "\nlines" not in out


def test_libpq_variables_for_the_users_servers_leave_the_throwaway_server_alone(pair, tmp_path,
                                                                               monkeypatch) -> None:
    """PGPORT, PGHOSTADDR, PGOPTIONS or PGTARGETSESSIONATTRS set for the user's own servers (CI jobs
    often set them) must not redirect or change the connections to the throwaway server that loads
    a .sql reference: it used to fail with a traceback (socket .s.PGSQL.<PGPORT> not found)."""
    _, target = pair
    ddl = tmp_path / "schema.sql"
    ddl.write_text(NEW + "\n")
    monkeypatch.setenv("PGPORT", "1")
    monkeypatch.setenv("PGHOSTADDR", "192.0.2.1")  # TEST-NET-1: nothing answers there
    monkeypatch.setenv("PGOPTIONS", "-c default_transaction_read_only=on")
    monkeypatch.setenv("PGTARGETSESSIONATTRS", "standby")
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")
    result = run_cli("diff", str(ddl), target, "--format", "sql")
    assert result.exit_code == 0, result.stderr
    assert "ADD COLUMN IF NOT EXISTS note text" in result.stdout
