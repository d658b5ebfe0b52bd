"""Secrets: a password given in the URL, in PGPASSWORD, in a .pgpass file or in a service file never
shows up in output (text, JSON, SQL), logs (-vv), saved plans, snapshots, error messages, or the
argv of child processes (read from /proc/<pid>/cmdline of the pg_dump that is running)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from psycopg import sql

from tests.dbkit import run_cli
from tests.trust.trustkit import child_env, one_error_line, run_cli_process, sessions, start_cli, wait_for

ROLE = "pgsnapdiff_pw"  # from the password_target fixture: scram auth, password below
SECRET_PARTS = ("s3cr3t", quote("s3cr3t p@ss:wörd/%?", safe=""), "p@ss")


def assert_secret_free(text: str, password: str) -> None:
    for needle in (password, quote(password, safe=""), *SECRET_PARTS):
        assert needle not in text, f"{needle!r} leaked into:\n{text}"


@pytest.fixture
def pw_pair(pg_server, password_target):
    """A reference (trust auth) and a target database owned by the password role, with a table."""
    reference = pg_server.create_database()
    with psycopg.connect(reference, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.t (id integer NOT NULL, note text)")
    dbname = f"pw_{os.urandom(4).hex()}"
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(dbname),
                                                                     sql.Identifier(ROLE)))
    superuser_url = pg_server.url(dbname)
    with psycopg.connect(superuser_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.t (id integer NOT NULL)")
        conn.execute(sql.SQL("ALTER TABLE public.t OWNER TO {}").format(sql.Identifier(ROLE)))
    return reference, dbname, superuser_url


def _ways(password_target, dbname: str, tmp_path: Path) -> dict[str, tuple[str, dict[str, str]]]:
    """Each way of giving the password: (target as written on the command line, environment)."""
    host = str(password_target.socket_dir)
    plain = f"postgresql://{ROLE}@/{dbname}?host={quote(host)}"
    secret = password_target.password
    pgpass = tmp_path / "pgpass"
    escaped = secret.replace("\\", "\\\\").replace(":", "\\:")
    pgpass.write_text(f"*:*:*:{ROLE}:{escaped}\n")
    pgpass.chmod(0o600)
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[pgsnapdiff_test]\nhost={host}\ndbname={dbname}\nuser={ROLE}\npassword={secret}\n")
    with_password = f"postgresql://{ROLE}:{quote(secret, safe='')}@/{dbname}?host={quote(host)}"
    return {
        "url": (with_password, {}),
        "PGPASSWORD": (plain, {"PGPASSWORD": secret}),
        "pgpass": (plain, {"PGPASSFILE": str(pgpass)}),
        "service file": ("service=pgsnapdiff_test", {"PGSERVICEFILE": str(services)}),
    }


def _child_processes(parent: int) -> list[tuple[int, list[str]]]:
    """(pid, argv) of every descendant of ``parent``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [parent]
    while todo:
        for pid in children.get(todo.pop(), []):
            try:
                argv = (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            found.append((pid, [a.decode(errors="replace") for a in argv if a]))
            todo.append(pid)
    return found


@pytest.mark.parametrize("way", ["url", "PGPASSWORD", "pgpass", "service file"])
def test_password_never_leaks(way, pw_pair, password_target, tmp_path, monkeypatch) -> None:
    reference, dbname, superuser_url = pw_pair
    target, extra_env = _ways(password_target, dbname, tmp_path)[way]
    env = child_env(**extra_env)
    secret = password_target.password
    # pg_dump of the target waits behind this lock, so its argv can be read while it runs.
    holder = psycopg.connect(superuser_url)
    holder.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE")
    try:
        child = start_cli("diff", reference, target, "--apply", "-vv", "--format", "json",
                          "--plan-out", str(tmp_path / "plan.json"), env=env)
        wait_for("pg_dump of the target to wait for the lock", lambda: sessions(
            superuser_url, "application_name = 'pg_dump' AND wait_event_type = 'Lock'"))
        dumps = [argv for _, argv in _child_processes(child.pid) if argv and Path(argv[0]).name == "pg_dump"]
        assert any(ROLE in arg or "service=" in arg for argv in dumps for arg in argv), dumps  # the target's
        for argv in dumps:
            assert_secret_free(" ".join(argv), secret)
    finally:
        holder.rollback()
        holder.close()
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert '"converged": true' in stdout and "dumping" in stderr  # -vv logging was on
    assert_secret_free(stdout + stderr, secret)
    assert_secret_free((tmp_path / "plan.json").read_text(), secret)
    for name, value in extra_env.items():
        monkeypatch.setenv(name, value)
    for fmt in ("text", "sql"):
        done = run_cli("diff", reference, target, "--format", fmt)
        assert done.exit_code == 0, done.stderr
        assert_secret_free(done.stdout + done.stderr, secret)


def test_snapshot_of_a_password_database_holds_no_password(pw_pair, password_target, tmp_path) -> None:
    _, dbname, _ = pw_pair
    target, _ = _ways(password_target, dbname, tmp_path)["url"]
    out = tmp_path / "schema.sql"
    done = run_cli_process("snapshot", "--from", target, "-o", str(out), "-v")
    assert done.returncode == 0, done.stderr
    assert_secret_free(done.stdout + done.stderr + out.read_text(), password_target.password)


@pytest.mark.parametrize("way", ["url", "PGPASSWORD", "pgpass", "service file"])
def test_wrong_password_error_is_one_line_without_it(way, pw_pair, password_target, tmp_path,
                                                    monkeypatch) -> None:
    reference, dbname, _ = pw_pair
    wrong = "Wr0ng p@ss:s3cr3t/%?"
    target_obj = type(password_target)(password_target.user, wrong, dbname, password_target.socket_dir)
    target, extra_env = _ways(target_obj, dbname, tmp_path)[way]
    for name, value in extra_env.items():
        monkeypatch.setenv(name, value)
    done = run_cli("diff", reference, target, "--apply")
    assert done.exit_code == 1
    line = one_error_line(done.stderr)
    assert "password authentication failed" in line
    assert_secret_free(done.stdout + done.stderr, wrong)
    assert "Wr0ng" not in done.stdout + done.stderr
