"""Bad input catalogue: each case gives one line on stderr (``pgsnapdiff: error: ...``), exit 1,
no traceback, and the target is exactly as before (schema dump and every row)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from pgsnapdiff.server import ThrowawayServer
from tests.dbkit import execute, run_cli
from tests.trust.trustkit import (
    apply_waiting_on_lock,
    child_env,
    cli_argv,
    fingerprint,
    one_error_line,
    run_cli_process,
    start_cli,
    wait_for,
)

OLD = "CREATE TABLE public.t (id integer NOT NULL); INSERT INTO public.t VALUES (1), (2);"
NEW = "CREATE TABLE public.t (id integer NOT NULL, note text); CREATE TABLE public.u (id integer);"


@pytest.fixture
def target(pg_server):
    """A target with rows; after the test, it must be exactly as it was."""
    url = pg_server.create_database()
    execute(url, OLD)
    before = fingerprint(url)
    yield url
    assert fingerprint(url) == before, "the target changed"


@pytest.fixture
def reference(pg_server) -> str:
    url = pg_server.create_database()
    execute(url, NEW)
    return url


def fails_with(*args: str, expect: str) -> str:
    """Run the CLI in-process: exit 1, one error line containing ``expect``; return the line."""
    result = run_cli(*args)
    assert result.exit_code == 1, result.stdout + result.stderr
    line = one_error_line(result.stderr)
    assert expect in line, line
    return line


# --- files ------------------------------------------------------------------------------------

def test_missing_file(target, tmp_path) -> None:
    fails_with("diff", str(tmp_path / "nope.sql"), target, "--apply", expect="nope.sql: no such file")


def test_directory_instead_of_a_file(target, tmp_path) -> None:
    fails_with("diff", str(tmp_path), target, "--apply", expect="is a directory")


def test_unreadable_file(target, tmp_path) -> None:
    if os.geteuid() == 0:  # root reads any file whatever its mode: a socket cannot be read by anyone
        path = tmp_path / "schema.sql"
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(path))
            fails_with("diff", str(path), target, "--apply", expect="schema.sql: cannot read")
        return
    path = tmp_path / "schema.sql"
    path.write_text(NEW)
    path.chmod(0)
    line = fails_with("diff", str(path), target, "--apply", expect="schema.sql: cannot read")
    assert "Permission denied" in line


@pytest.mark.parametrize("content", ["", "  \n\n\t\n"], ids=["empty", "whitespace"])
def test_empty_file(target, tmp_path, content) -> None:
    path = tmp_path / "schema.sql"
    path.write_text(content)
    fails_with("diff", str(path), target, "--apply", expect="schema.sql: the file is empty")


def test_text_that_is_not_sql(target, tmp_path) -> None:
    path = tmp_path / "notes.sql"
    path.write_text("CREATE TABLE public.ok (id integer);\nRemember to buy milk.\n")
    fails_with("diff", str(path), target, "--apply", expect="notes.sql:2: syntax error")


def test_binary_file(target, tmp_path) -> None:
    path = tmp_path / "logo.sql"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    fails_with("diff", str(path), target, "--apply", expect="logo.sql: cannot read")


def test_full_dump_with_data_is_refused(target, tmp_path) -> None:
    """pg_dump without --schema-only: the COPY data lines are not SQL."""
    path = tmp_path / "full.sql"
    path.write_text("-- PostgreSQL database dump\n\nCREATE TABLE public.t (id integer NOT NULL, note text);\n"
                    "COPY public.t (id, note) FROM stdin;\n1\tsecret row\n\\.\n")
    fails_with("diff", str(path), target, "--apply", expect="full.sql:5:")


def test_dml_in_a_sql_reference_never_reaches_the_target(target, tmp_path) -> None:
    """A schema file may carry data statements (Rails' structure.sql inserts its migration versions):
    they run only in the throwaway reference database, never on the target."""
    path = tmp_path / "structure.sql"
    path.write_text(NEW + "\nINSERT INTO public.t VALUES (42);\nUPDATE public.t SET id = 0;\n"
                    "DELETE FROM public.t;\nTRUNCATE public.t;\n")
    result = run_cli("diff", str(path), target)
    assert result.exit_code == 0, result.stderr  # the fixture proves the target is untouched


def test_a_sql_file_with_crlf_line_ends_is_loaded_as_psql_loads_it(pg_server, tmp_path) -> None:
    """A Windows checkout writes CRLF; psql sends the bytes as they are, so a function body keeps its
    CR in the database. pgsnapdiff read the file with Python's newline translation: every function
    body and multi-line comment differed from a database psql loaded from that file, for ever
    (found in Rails applications' structure.sql)."""
    sql = ("CREATE FUNCTION public.answer() RETURNS integer\r\n    LANGUAGE sql\r\n    AS $$\r\n"
           "  SELECT 42\r\n$$;\r\nCOMMENT ON FUNCTION public.answer() IS 'line one\r\nline two';\r\n")
    path = tmp_path / "structure.sql"
    path.write_bytes(sql.encode())
    loaded = pg_server.create_database()
    execute(loaded, sql)  # as psql -f would
    result = run_cli("diff", str(path), loaded, "--exit-code", "--no-color")
    assert result.exit_code == 0, result.stdout + result.stderr
    # its snapshot keeps the CRs in the body (the schema's), so it checks current and diffs clean
    snapshot = tmp_path / "snap.sql"
    assert run_cli("snapshot", "--from", str(path), "-o", str(snapshot)).exit_code == 0
    assert run_cli("snapshot", "--from", str(path), "-o", str(snapshot), "--check").exit_code == 0
    assert run_cli("diff", str(snapshot), loaded, "--exit-code").exit_code == 0
    # a Windows checkout of an LF snapshot (every line CRLF) is read as the LF file it was
    lf_source = tmp_path / "lf.sql"
    lf_source.write_text("CREATE TABLE public.t (id integer);\n")
    lf_snapshot = tmp_path / "lf_snap.sql"
    assert run_cli("snapshot", "--from", str(lf_source), "-o", str(lf_snapshot)).exit_code == 0
    lf_snapshot.write_bytes(lf_snapshot.read_bytes().replace(b"\n", b"\r\n"))
    assert run_cli("snapshot", "--from", str(lf_source), "-o", str(lf_snapshot), "--check").exit_code == 0


def test_data_statements_in_a_snapshot_are_refused(target, tmp_path) -> None:
    path = tmp_path / "schema.sql"
    path.write_text("-- pgsnapdiff snapshot (pgsnapdiff 0.1.0)\n"
                    "CREATE TABLE public.t (id integer NOT NULL, note text);\n"
                    "INSERT INTO public.t VALUES (1, 'a');\n")
    fails_with("diff", str(path), target, expect="schema.sql:3: INSERT in a schema dump")


def test_a_schema_dump_with_rows_appended_is_loaded_like_sql(target, tmp_path) -> None:
    """Rails' structure.sql: pg_dump's output, header comment and all, then ``INSERT INTO
    schema_migrations``. It was refused as "INSERT in a schema dump"; it is loaded into the
    throwaway server like any .sql file, rows and all, and the rows never reach the target."""
    path = tmp_path / "structure.sql"
    path.write_text("--\n-- PostgreSQL database dump\n--\n\n" + NEW
                    + "\n--\n-- PostgreSQL database dump complete\n--\n\n"
                    "SET search_path TO \"$user\", public;\n\nINSERT INTO public.t VALUES (42);\n")
    result = run_cli("diff", str(path), target)
    assert result.exit_code == 0, result.stdout + result.stderr  # the fixture proves the target is untouched
    assert "create table public.u" in result.stdout


def test_pg_dumps_restrict_lines_in_a_sql_file_are_read_past(target, tmp_path) -> None:
    """pg_dump 17.6, 16.10, 15.14 (and later) write ``\\restrict KEY`` and ``\\unrestrict KEY`` around
    a dump; Rails commits them in structure.sql, and such a file failed with a syntax error at the
    backslash (found in Rails applications' schemas). Any other psql meta-command stays an error."""
    body = "\\restrict Ab12\nSET statement_timeout = 0;\n" + NEW + "\n\\unrestrict Ab12\n"
    path = tmp_path / "structure.sql"
    path.write_text(body + "INSERT INTO public.t VALUES (42);\n")
    result = run_cli("diff", str(path), target)
    assert result.exit_code == 0 and "create table public.u" in result.stdout, result.stdout + result.stderr
    snapshot = run_cli("snapshot", "--from", str(path), "-o", str(tmp_path / "snap.sql"))
    assert snapshot.exit_code == 0, snapshot.stderr
    assert "\\restrict" not in (tmp_path / "snap.sql").read_text()
    other = tmp_path / "other.sql"
    other.write_text("\\i elsewhere.sql\n" + NEW)
    fails_with("diff", str(other), target, expect="other.sql:1:")


def test_dump_from_a_newer_postgresql_than_the_parser_knows(target, tmp_path) -> None:
    path = tmp_path / "pg99.sql"
    path.write_text("-- PostgreSQL database dump\n-- Dumped from database version 99.0\n\n"
                    "CREATE TABLE public.t (id integer NOT NULL, note text);\n"
                    "CREATE PROPERTY GRAPH public.g VERTEX TABLES (public.t);\n")
    line = fails_with("diff", str(path), target, "--apply", expect="pg99.sql:5:")
    assert "pglast" in line and "server version" in line


# --- databases --------------------------------------------------------------------------------

def test_wrong_password(reference, password_target, pg_server) -> None:
    url = password_target.url(with_password=False).replace("@", ":not-it@", 1)
    line = fails_with("diff", reference, url, "--apply", expect="password authentication failed")
    assert "not-it" not in line


def test_unknown_database(reference, pg_server) -> None:
    fails_with("diff", reference, pg_server.url("no_such_db"), "--apply",
               expect='database "no_such_db" does not exist')


def test_unknown_host_is_quick_and_one_line(reference) -> None:
    fails_with("diff", reference, "postgresql://app@nonexistent.invalid/db", expect="check the host name")


def test_read_only_user_can_dry_run_but_not_apply(reference, target, pg_server) -> None:
    dbname = psycopg.conninfo.conninfo_to_dict(target)["dbname"]
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS pgsnapdiff_reader")
        conn.execute("CREATE ROLE pgsnapdiff_reader LOGIN")
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO pgsnapdiff_reader").format(
            sql.Identifier(dbname)))
        conn.execute("GRANT USAGE ON SCHEMA public TO pgsnapdiff_reader")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO pgsnapdiff_reader")
    reader = pg_server.url(dbname).replace("postgres@", "pgsnapdiff_reader@", 1)
    dry = run_cli("diff", reference, reader, "--exit-code")
    assert dry.exit_code == 3, dry.stderr  # it can read the schema and plan
    line = fails_with("diff", reference, reader, "--apply", expect="rolled back, nothing changed")
    assert "permission denied for schema public" in line or "must be owner of table t" in line
    assert "user 'pgsnapdiff_reader' lacks this privilege" in line


@pytest.mark.slow
def test_server_shut_down_mid_apply(tmp_path) -> None:
    """The target's server stops (fast shutdown) while the apply is inside its transaction: one
    line saying it was not committed; after a restart the target is as it was."""
    with ThrowawayServer() as srv:
        reference = srv.create_database()
        execute(reference, NEW)
        target = srv.create_database()
        execute(target, OLD)
        before = fingerprint(target)
        holder = psycopg.connect(target)
        holder.execute("SELECT * FROM public.t")  # holds the apply inside its transaction
        child = start_cli("diff", reference, target, "--apply", "--lock-timeout", "600")
        wait_for("the apply to block on the lock", lambda: apply_waiting_on_lock(target))
        srv._proc.send_signal(signal.SIGINT)  # fast shutdown: sessions are terminated, nothing commits
        srv._proc.wait(timeout=60)
        _, stderr = child.communicate(timeout=60)
        holder.close()
        assert child.returncode == 1, stderr
        line = one_error_line(stderr)
        assert "lost the connection to the target while running" in line
        assert "it was not committed, so the server rolled it back: nothing changed" in line
        srv._launch()  # the same data directory, started again
        srv._wait_ready()
        assert fingerprint(target) == before


# --- full disks -------------------------------------------------------------------------------

@pytest.fixture
def full_disk():
    """A tiny tmpfs, filled up (needs root and mount; skipped, saying so, otherwise)."""
    mount_point = Path(tempfile.mkdtemp(prefix="psd-full-", dir="/tmp"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=1777", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"cannot mount a small tmpfs to fill up: {done.stderr.strip() or 'not root'}")
    try:
        fd = os.open(mount_point / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)
        shutil.rmtree(mount_point, ignore_errors=True)


def test_snapshot_on_a_full_disk(reference, full_disk) -> None:
    out = full_disk / "schema.sql"
    fails_with("snapshot", "--from", reference, "-o", str(out), expect="No space left on device")
    assert not out.exists() or out.stat().st_size == 0


def test_throwaway_server_on_a_full_disk(target, full_disk, tmp_path) -> None:
    """Room for the temp dir, not for initdb (a disk with no room at all is skipped by Python's
    tempfile, which then falls back to /tmp: that works, and is not an error)."""
    filler = full_disk / "filler"
    os.truncate(filler, filler.stat().st_size - 16384)
    path = tmp_path / "schema.sql"
    path.write_text(NEW)
    done = run_cli_process("diff", str(path), target, env=child_env(TMPDIR=str(full_disk)))
    assert done.returncode == 1, done.stderr
    assert "initdb" in one_error_line(done.stderr)
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]  # nothing left behind


def test_report_to_a_full_disk(reference, target) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(cli_argv("diff", reference, target, "--format", "sql"), stdout=full,
                              stderr=subprocess.PIPE, text=True, env=child_env(), timeout=60)
    assert done.returncode == 1
    assert "No space left on device" in one_error_line(done.stderr)


def test_a_function_body_with_an_insert_is_not_data(target, tmp_path) -> None:
    path = tmp_path / "dump.sql"
    path.write_text("-- PostgreSQL database dump\nCREATE TABLE public.log (msg text);\n"
                    "CREATE FUNCTION public.note(m text) RETURNS void LANGUAGE sql AS $$\n"
                    "INSERT INTO public.log VALUES (m)\n$$;\n")
    assert run_cli("diff", str(path), target).exit_code == 0
