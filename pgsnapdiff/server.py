"""Throwaway PostgreSQL clusters: initdb into a temp dir, serve on a private Unix socket, and
remove every trace on every exit path (normal, exception, Ctrl-C, SIGTERM).

Why we run ``postgres`` directly instead of ``pg_ctl start``: we keep the ``Popen`` handle, so
stopping is a signal to a pid we know, and there is no daemonising shell in between. The server
runs in its own session, so a Ctrl-C on the terminal reaches only us; we then stop it cleanly.

Running as root: ``initdb``/``postgres`` refuse to. We run them as a dedicated unprivileged user
(``pgsnapdiff``, created on first use) rather than reusing Debian's ``postgres`` user, because the
throwaway cluster's superuser can run ``COPY ... TO PROGRAM`` as that OS user, and ``postgres``
owns the machine's real clusters. ``$PGSNAPDIFF_RUN_AS`` overrides the choice; ``postgres`` is
only the fallback when no user can be created.

Speed: initdb is ~95% of the time to ready; it writes ~1,000 files, and on a disk filesystem that
costs ~1.1 s where tmpfs takes ~0.45 s (start: 0.04 s). So, when TMPDIR is not set, the cluster
goes in /dev/shm if it has room (not in containers with a 64 MB /dev/shm). That wins more than
caching a pristine data directory would (copying it costs ~0.3 s on disk) without a cache to
invalidate per version or share between concurrent runs.
"""

from __future__ import annotations

import ctypes
import logging
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any
from urllib.parse import quote

from pgsnapdiff.binaries import (
    ENV_PG_BIN,
    Binaries,
    all_binaries,
    binaries_at,
    find_binaries,
    find_pg_dump,
)
from pgsnapdiff.errors import ServerError

__all__ = [
    "ENV_PG_BIN",
    "Binaries",
    "ThrowawayServer",
    "all_binaries",
    "binaries_at",
    "find_binaries",
    "find_pg_dump",
    "install_signal_handlers",
]

log = logging.getLogger("pgsnapdiff.server")

ENV_RUN_AS = "PGSNAPDIFF_RUN_AS"
RUN_USER = "pgsnapdiff"
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
INITDB_GRACE = 15.0
INITDB_TIMEOUT = 120.0
_PR_SET_PDEATHSIG = 1
SHM_DIR = "/dev/shm"
SHM_MIN_FREE = 1 << 30


def install_signal_handlers() -> None:
    """Make SIGTERM (and SIGHUP: terminal closed) behave like Ctrl-C, so ``with`` blocks unwind and
    throwaway servers are stopped instead of the process dying with a server left behind."""

    def _interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"received {signal.Signals(signum).name}")

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT/SIGTERM/SIGHUP, then re-deliver them: a Ctrl-C must not land between starting a
    process and recording its handle (we could not stop what we do not know), nor abort a cleanup
    half-way. Only the main thread can do this."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    # getsignal() is None for a handler installed outside Python: we could not restore it, so skip.
    sigs = [s for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP) if signal.getsignal(s) is not None]
    previous = {s: signal.signal(s, lambda signum, _frame: pending.append(signum)) for s in sigs}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


def _run_user() -> pwd.struct_passwd | None:
    """The OS user for initdb/postgres: None when we are not root (run as ourselves)."""
    if os.geteuid() != 0:
        return None
    wanted = os.environ.get(ENV_RUN_AS)
    if wanted:
        try:
            return pwd.getpwnam(wanted)
        except KeyError:
            raise ServerError(f"${ENV_RUN_AS}={wanted}: no such OS user") from None
    try:
        return pwd.getpwnam(RUN_USER)
    except KeyError:
        pass
    cmd = ["useradd", "--system", "--no-create-home", "--user-group", "--home-dir", "/nonexistent"]
    if Path("/usr/sbin/nologin").exists():
        cmd += ["--shell", "/usr/sbin/nologin"]
    try:
        done = subprocess.run([*cmd, RUN_USER], capture_output=True, text=True, timeout=30)
        reason = done.stderr.strip()
    except (OSError, subprocess.SubprocessError) as exc:
        reason = str(exc)
    try:  # re-read even after a failure: a concurrent run may have created it
        entry = pwd.getpwnam(RUN_USER)
        log.info("created system user %r to run throwaway PostgreSQL servers as root", RUN_USER)
        return entry
    except KeyError:
        pass
    try:
        entry = pwd.getpwnam("postgres")
        log.warning("could not create user %r (%s); running servers as 'postgres'", RUN_USER, reason)
        return entry
    except KeyError:
        raise ServerError(
            f"PostgreSQL refuses to run as root and user {RUN_USER!r} could not be created ({reason}); "
            f"create an unprivileged user and set ${ENV_RUN_AS}, or run pgsnapdiff as a normal user"
        ) from None


def _ensure_traversable(path: Path, user: pwd.struct_passwd) -> None:
    """Give ``user`` search (x) permission on every ancestor of ``path`` that lacks it, adding only
    o+x: the minimum for initdb/postgres to reach their share/lib dirs and our temp dir (e.g. a
    venv under /root). Each change is logged, since it touches permissions outside our temp dir."""
    groups = {g for g in os.getgrouplist(user.pw_name, user.pw_gid)}
    for ancestor in reversed([path, *path.parents]):
        st = ancestor.stat()
        if st.st_uid == user.pw_uid:
            bit = stat.S_IXUSR
        elif st.st_gid in groups:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            ancestor.chmod(stat.S_IMODE(st.st_mode) | stat.S_IXOTH)
            log.warning("chmod o+x %s so user %r can reach PostgreSQL files", ancestor, user.pw_name)


def _temp_parent() -> str | None:
    """Where to put the cluster: TMPDIR when the user set it, else /dev/shm (tmpfs: initdb twice as
    fast) when it has at least SHM_MIN_FREE bytes free, else the platform default."""
    if os.environ.get("TMPDIR"):
        return None
    try:
        shm = os.statvfs(SHM_DIR)
    except OSError:
        return None
    if shm.f_bavail * shm.f_frsize >= SHM_MIN_FREE and os.access(SHM_DIR, os.W_OK | os.X_OK):
        return SHM_DIR
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _death_signal_preexec() -> Any:
    """A preexec_fn asking Linux to SIGQUIT (immediate shutdown) the postmaster if we die without
    cleaning up (SIGKILL, OOM). Linux ties this to the forking *thread*, so only the main thread
    uses it; it runs after the uid switch, which would otherwise reset it."""
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(_PR_SET_PDEATHSIG, int(signal.SIGQUIT), 0, 0, 0)


def _interrupt_initdb(proc: subprocess.Popen[bytes]) -> None:
    """Stop an interrupted initdb gracefully: SIGTERM to initdb alone, which finishes its current
    step, lets its bootstrap postgres exit on end of input, removes the data dir and exits. Signals
    to that postgres itself (bootstrap mode keeps default handlers) or SIGKILL (what
    subprocess.run does) leak its shared memory (/dev/shm/PostgreSQL.*, SysV) until reboot.
    initdb runs in its own session, so a terminal Ctrl-C never reaches it directly either."""
    with _signals_deferred():
        try:
            proc.terminate()
            proc.wait(timeout=INITDB_GRACE)
            return
        except subprocess.TimeoutExpired:
            log.warning("initdb (pid %d) ignored SIGTERM; killing its process group", proc.pid)
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()


# libpq settings a throwaway server's URL pins, so that PGPORT, PGHOSTADDR, PGOPTIONS or
# PGTARGETSESSIONATTRS in the environment (set for the user's own servers) cannot redirect or change
# the connection. Only parameters that PostgreSQL 12's libpq already knows: older pg_dumps read them.
_PINNED = "options=&hostaddr=&target_session_attrs=any"


class ThrowawayServer:
    """``with ThrowawayServer() as srv:`` — a fresh cluster, superuser ``postgres``, trust auth,
    reachable only through a Unix socket in its private temp dir (plus 127.0.0.1 with ``tcp=True``:
    trust auth there means any local user can connect, so use it only where that is acceptable)."""

    def __init__(self, binaries: Binaries | None = None, *, tcp: bool = False) -> None:
        self.binaries = binaries if binaries is not None else find_binaries()
        if not self.binaries.can_serve:
            raise ServerError(f"{self.binaries.bindir} has no postgres/initdb to run a server")
        self.tcp = tcp
        self.port = _free_port() if tcp else 5432  # the socket lives in a private dir: 5432 is free
        self._dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._user = _run_user()

    # -- public API ---------------------------------------------------------------------------
    @property
    def major(self) -> int:
        return self.binaries.major

    @property
    def socket_dir(self) -> Path:
        if self._dir is None:
            raise ServerError("the throwaway server is not running")
        return self._dir

    @property
    def data_dir(self) -> Path:
        return self.socket_dir / "data"

    @property
    def log_file(self) -> Path:
        return self.socket_dir / "postgres.log"

    def url(self, dbname: str = "postgres") -> str:
        """A libpq URL (psycopg, pg_dump, psql). Socket form: ``postgresql://postgres@/db?host=/tmp/..``.

        Every setting that libpq would otherwise take from the environment and that could point
        elsewhere or change the session is pinned (``_PINNED``): ``PGPORT``, ``PGHOSTADDR``,
        ``PGOPTIONS`` (``default_transaction_read_only``...) and the like are meant for the user's
        servers, not this private one."""
        db = quote(dbname, safe="")
        if self.tcp:
            return f"postgresql://postgres@127.0.0.1:{self.port}/{db}?{_PINNED}&sslmode=disable&gssencmode=disable"
        return f"postgresql://postgres@/{db}?host={quote(str(self.socket_dir))}&port={self.port}&{_PINNED}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL (name auto-generated when None)."""
        import psycopg
        from psycopg import sql

        name = name or f"pgsnapdiff_{uuid.uuid4().hex[:12]}"
        try:
            with psycopg.connect(self.url(), autocommit=True) as conn:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ServerError(f"could not create a database on the throwaway PostgreSQL in "
                              f"{self.socket_dir}: {reason}") from None
        return self.url(name)

    # -- lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> ThrowawayServer:
        try:
            self._start()
        except BaseException:
            self._cleanup()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._cleanup()

    def _as_user(self) -> dict[str, Any]:
        """subprocess kwargs dropping root: uid, gid, and no supplementary groups (root's groups
        would otherwise be inherited by the server)."""
        if self._user is None:
            return {}
        return {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}

    def _start(self) -> None:
        started = time.monotonic()
        with _signals_deferred():  # created and recorded, or neither
            self._dir = Path(tempfile.mkdtemp(prefix="pgsnapdiff-", dir=_temp_parent()))
        if len(str(self._dir / f".s.PGSQL.{self.port}")) > 100:
            raise ServerError(f"temp dir {self._dir} is too long for a Unix socket path; set TMPDIR=/tmp")
        if self._user is not None:
            _ensure_traversable(self._dir.parent, self._user)
            _ensure_traversable(self.binaries.bindir.parent, self._user)
            os.chown(self._dir, self._user.pw_uid, self._user.pw_gid)
        self._initdb()
        initdb_done = time.monotonic()
        self._launch()
        self._wait_ready()
        ready = time.monotonic()
        log.info(
            "throwaway PostgreSQL %s ready in %.2fs (initdb %.2fs, start %.2fs) at %s",
            self.binaries.version, ready - started, initdb_done - started, ready - initdb_done, self._dir,
        )

    def _initdb(self) -> None:
        argv = [
            str(self.binaries.path("initdb")), "-D", str(self.data_dir), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
        ]
        if self.major >= 14:
            argv.append("--no-instructions")
        log.debug("running %s", " ".join(argv))
        proc: subprocess.Popen[bytes] | None = None
        try:
            with _signals_deferred():
                proc = subprocess.Popen(
                    argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    cwd=self.socket_dir, start_new_session=True, **self._as_user(),
                )
            output, _ = proc.communicate(timeout=INITDB_TIMEOUT)
        except OSError as exc:
            raise ServerError(f"initdb ({self.binaries.bindir}) could not run: {exc}") from None
        except subprocess.TimeoutExpired:
            _interrupt_initdb(proc)
            raise ServerError(f"initdb {self.binaries.version} did not finish within {INITDB_TIMEOUT:.0f}s "
                              "(a machine this busy may need a retry)") from None
        except BaseException:
            if proc is not None:
                _interrupt_initdb(proc)
            raise
        if proc.returncode != 0:
            detail = output.decode(errors="replace").strip().splitlines()
            raise ServerError(f"initdb {self.binaries.version} failed: {' | '.join(detail[-3:])}")

    def _launch(self) -> None:
        settings = {
            "listen_addresses": "127.0.0.1" if self.tcp else "",
            "port": str(self.port),
            "unix_socket_directories": str(self.socket_dir),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        argv = [str(self.binaries.path("postgres")), "-D", str(self.data_dir)]
        for key, value in settings.items():
            argv += ["-c", f"{key}={value}"]
        with open(self.log_file, "ab") as logf, _signals_deferred():
            self._proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=logf, stderr=subprocess.STDOUT,
                cwd=self.socket_dir, start_new_session=True, preexec_fn=_death_signal_preexec(),
                **self._as_user(),
            )

    def _wait_ready(self) -> None:
        """Poll postmaster.pid until its status line says ``ready`` (PostgreSQL >= 10 writes it when
        it accepts connections): no connection attempts, so no FATAL noise in the log."""
        assert self._proc is not None
        pid_file = self.data_dir / "postmaster.pid"
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise ServerError(f"postgres exited with code {self._proc.returncode}: {self._log_tail()}")
            try:
                lines = pid_file.read_text().splitlines()
            except FileNotFoundError:
                lines = []
            if len(lines) >= 8 and lines[7].strip() == "ready":
                return
            time.sleep(0.01)
        raise ServerError(f"postgres did not become ready within {READY_TIMEOUT:.0f}s: {self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            lines = self.log_file.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no log)"
        return " | ".join(lines[-3:]) or "(empty log)"

    def _cleanup(self) -> None:
        """Stop the server (immediate shutdown: the data is thrown away) and remove the temp dir.
        Problems are logged, not raised: another exception may be propagating. The only exception
        is a signal that arrived meanwhile, re-delivered once the cleanup is complete."""
        with _signals_deferred():
            proc, self._proc = self._proc, None
            if proc is not None:
                self._stop(proc)
            directory, self._dir = self._dir, None
            if directory is not None:
                shutil.rmtree(directory, ignore_errors=True)
                if directory.exists():
                    log.warning("could not remove %s completely", directory)
                log.debug("removed %s", directory)

    def _stop(self, proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is not None:
            return
        proc.send_signal(signal.SIGQUIT)  # immediate shutdown; the postmaster reaps its children
        try:
            proc.wait(timeout=STOP_TIMEOUT)
            return
        except subprocess.TimeoutExpired:
            log.warning("postgres (pid %d) ignored SIGQUIT; killing its process group", proc.pid)
        # Not reaped yet, so the pid (= process group, own session) cannot have been reused.
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            log.warning("postgres (pid %d) did not exit", proc.pid)
