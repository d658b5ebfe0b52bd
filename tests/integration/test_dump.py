"""pg_dump against real servers: cleaned output, version choice, password only in the environment,
failures reported in one sanitised line."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
import pytest

from pgsnapdiff.conn import ConnInfo
from pgsnapdiff.dump import clean_dump, dump_schema, pg_dump_argv
from pgsnapdiff.errors import BinariesError, DumpError
from pgsnapdiff.server import ThrowawayServer, find_binaries

if TYPE_CHECKING:
    from conftest import PasswordTarget

PG15_BIN = Path("/usr/lib/postgresql/15/bin")
SCHEMA = """
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10, 2) DEFAULT 0);
CREATE FUNCTION backslashes() RETURNS text LANGUAGE sql AS $$ SELECT '\\restrict me' $$;
"""


def test_dump_is_clean(fresh_db: str, pg_server: ThrowawayServer) -> None:
    with psycopg.connect(fresh_db) as conn:
        conn.execute(SCHEMA)
    dump = dump_schema(ConnInfo.parse(fresh_db))
    assert "CREATE TABLE public.orders" in dump.text
    assert "\\restrict me" in dump.text  # inside a function body: kept
    assert not [ln for ln in dump.text.splitlines() if ln.startswith(("\\restrict ", "\\unrestrict "))]
    assert "OWNER TO" not in dump.text
    assert dump.server_major == pg_server.major
    assert dump.pg_dump.major >= dump.server_major


def test_clean_dump_removes_only_meta_commands() -> None:
    raw = (
        "--\n\\restrict AbC123\n\nSET x = 1;\nCREATE FUNCTION f() RETURNS text AS $$\n"
        "\\unrestrict other\n$$ LANGUAGE sql;\n\\connect db\n\\unrestrict AbC123\n"
    )
    assert clean_dump(raw) == (
        "--\n\nSET x = 1;\nCREATE FUNCTION f() RETURNS text AS $$\n\\unrestrict other\n$$ LANGUAGE sql;\n"
    )


def test_dump_of_older_server(pg15_server: ThrowawayServer) -> None:
    url = pg15_server.create_database()
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE t (a int)")
    dump = dump_schema(ConnInfo.parse(url))
    assert dump.server_major == 15
    assert dump.pg_dump.major >= 15
    assert "CREATE TABLE public.t" in dump.text


def test_explicit_pg_dump_too_old(pg_server: ThrowawayServer, fresh_db: str) -> None:
    if not (PG15_BIN / "pg_dump").is_file() or pg_server.major <= 15:
        pytest.skip("needs an older Debian pg_dump than the default server")
    with pytest.raises(BinariesError, match="cannot dump a PostgreSQL"):
        dump_schema(ConnInfo.parse(fresh_db), pg_bin=str(PG15_BIN))


def test_argv_options(fresh_db: str) -> None:
    binaries = find_binaries()
    target = ConnInfo.parse(fresh_db)
    plain = pg_dump_argv(target, binaries)
    assert "--no-owner" in plain and "--no-privileges" in plain and "--schema-only" in plain
    full = pg_dump_argv(target, binaries, owners=True, privileges=True)
    assert "--no-owner" not in full and "--no-privileges" not in full


class SpyPopen:
    """Starts the real command and records what the kernel shows of it while it runs:
    /proc/<pid>/cmdline (what any local user can read with ``ps``) and /proc/<pid>/environ.
    ``release`` is called after reading, to let a deliberately blocked pg_dump go on."""

    def __init__(self, release: Callable[[], None]) -> None:
        self.release = release
        self.cmdlines: list[str] = []
        self.environs: list[str] = []
        self.popen = subprocess.Popen

    def __call__(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        proc = self.popen(argv, **kwargs)
        proc_dir = Path(f"/proc/{proc.pid}")
        deadline = time.monotonic() + 10
        # Popen returns when exec() closes its error pipe, a moment before the kernel has set
        # up the new argv: poll until the cmdline appears (pg_dump is blocked on our lock).
        while not (cmdline := (proc_dir / "cmdline").read_bytes()) and time.monotonic() < deadline:
            time.sleep(0.005)
        self.cmdlines.append(cmdline.decode(errors="replace"))
        self.environs.append((proc_dir / "environ").read_bytes().decode(errors="replace"))
        self.release()
        return proc


def test_password_goes_through_environment_only(
    password_target: PasswordTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    with psycopg.connect(password_target.url()) as holder:
        holder.execute("CREATE TABLE IF NOT EXISTS mine (a int)")
        holder.commit()
        holder.execute("LOCK TABLE mine IN ACCESS EXCLUSIVE MODE")  # pg_dump waits until release()
        spy = SpyPopen(release=holder.commit)
        monkeypatch.setattr(subprocess, "Popen", spy)
        dump = dump_schema(ConnInfo.parse(password_target.url()))
    assert "CREATE TABLE public.mine" in dump.text
    assert "pg_dump" in spy.cmdlines[0] and "--dbname=" in spy.cmdlines[0]
    assert password_target.password not in spy.cmdlines[0]
    assert f"PGPASSWORD={password_target.password}" in spy.environs[0].split("\0")


def test_missing_password_is_a_connection_failure(
    password_target: PasswordTarget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(Exception, match="password") as info:
        dump_schema(ConnInfo.parse(password_target.url(with_password=False)))
    assert type(info.value).__name__ == "ConnectionFailed"


def test_pg_dump_failure_is_one_clean_line(
    pg_server: ThrowawayServer, password_target: PasswordTarget
) -> None:
    """A table the role may not read makes pg_dump itself fail (after our connect succeeded)."""
    url = pg_server.create_database()
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE secret_table (a int)")
    target = ConnInfo.parse(url.replace("postgres@", f"{password_target.user}@", 1))
    target = ConnInfo(params=target.params, password=password_target.password)
    with pytest.raises(DumpError) as info:
        dump_schema(target)
    message = str(info.value)
    assert "secret_table" in message and "permission denied" in message
    assert password_target.password not in message and "\n" not in message


def test_lock_wait_is_bounded(fresh_db: str) -> None:
    with psycopg.connect(fresh_db) as holder:
        holder.execute("CREATE TABLE busy (a int)")
        holder.commit()
        holder.execute("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(DumpError, match="statement timeout | Query was: LOCK TABLE public.busy"):
            dump_schema(ConnInfo.parse(fresh_db), timeout=2)
        assert time.monotonic() - started < 10
