"""Say who is in the way when an apply times out waiting for a lock.

Why a second connection: PostgreSQL's lock-timeout error ("canceling statement due to lock timeout")
names neither the object nor the session holding it, and once it is raised our wait is over, so
``pg_blocking_pids`` has nothing left to report. While the plan runs, a watcher thread therefore
samples, from its own connection, what the applying session waits for: the cheap
``pg_stat_activity.wait_event_type`` every few milliseconds, and only while that says ``Lock`` the
lock itself and ``pg_blocking_pids`` (which briefly locks the lock manager, so it is not polled
blindly). If the wait was too short to be seen (a tiny ``--lock-timeout``), ``after_timeout`` falls
back to the sessions that hold locks on the tables the failing statement names.

The watcher only reads the catalog; if it cannot connect, the apply goes on without it and the
error simply says less. It never shows query text: another session's SQL may hold data or secrets.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import psycopg
from pglast.visitors import referenced_relations

from .conn import ConnInfo
from .safety import executed_statements

log = logging.getLogger("pgsnapdiff.apply")

# The watcher's search_path is empty, so operators and types resolve in pg_catalog only: objects
# in the target's own schemas can never stand in for them.
_WAITING = "SELECT wait_event_type FROM pg_catalog.pg_stat_activity WHERE pid = %s"

_BLOCKED_BY = """
SELECT l.locktype, l.mode, n.nspname, c.relname,
       b.pid, b.usename, b.application_name, b.state,
       pg_catalog.date_part('epoch', pg_catalog.now() - b.xact_start)
FROM pg_catalog.pg_locks AS l
LEFT JOIN pg_catalog.pg_class AS c ON c.oid = l.relation
LEFT JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL pg_catalog.unnest(pg_catalog.pg_blocking_pids(l.pid)) AS bp(pid)
LEFT JOIN pg_catalog.pg_stat_activity AS b ON b.pid = bp.pid
WHERE l.pid = %s AND NOT l.granted
ORDER BY b.pid
"""

_HOLDERS = """
SELECT DISTINCT 'relation', l.mode, n.nspname, c.relname,
       b.pid, b.usename, b.application_name, b.state,
       pg_catalog.date_part('epoch', pg_catalog.now() - b.xact_start)
FROM pg_catalog.pg_locks AS l
JOIN pg_catalog.pg_class AS c ON c.oid = l.relation
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_stat_activity AS b ON b.pid = l.pid
WHERE l.granted AND l.pid <> ALL (%s)
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = pg_catalog.current_database())
  AND l.relation = ANY (SELECT pg_catalog.to_regclass(name) FROM pg_catalog.unnest(%s::text[]) AS name)
ORDER BY b.pid
"""


@dataclass(frozen=True)
class Blocker:
    """A session in the way: enough to find it and decide what to do, never its SQL."""

    pid: int
    user: str | None
    application: str | None
    state: str | None
    xact_seconds: float | None

    def describe(self) -> str:
        parts = [f"user {self.user}"] if self.user else []
        if self.application:
            parts.append(f"application {self.application!r}")
        if self.state:
            age = f" for {self.xact_seconds:.0f}s" if self.xact_seconds is not None else ""
            parts.append(f"{self.state}{age}")
        return f"pid {self.pid}" + (f" ({', '.join(parts)})" if parts else "")


@dataclass(frozen=True)
class LockWait:
    """What the applying session was (or may have been) waiting for, and who held it."""

    what: str  # "table app.orders", or a lock type ("transactionid") when not on a relation
    mode: str
    blockers: tuple[Blocker, ...]
    certain: bool  # True: seen waiting via pg_blocking_pids; False: inferred after the timeout

    def describe(self) -> str:
        if not self.blockers:
            return f"a lock on {self.what}"
        held = "held by" if self.certain else "locked by"
        return f"a lock on {self.what} {held} {', '.join(b.describe() for b in self.blockers)}"


def _rows_to_wait(rows: list[tuple], certain: bool) -> LockWait | None:
    if not rows:
        return None
    locktype, mode, schema, relname = rows[0][:4]
    what = f"table {schema}.{relname}" if relname is not None else str(locktype)
    blockers = {}
    for row in rows:
        pid = row[4]
        if pid is not None and pid not in blockers:
            seconds = float(row[8]) if row[8] is not None else None
            blockers[pid] = Blocker(pid, row[5], row[6], row[7], seconds)
    return LockWait(what, str(mode), tuple(blockers.values()), certain)


class LockWatcher:
    """``with LockWatcher(target, pid, interval) as watcher:`` samples the lock waits of backend
    ``pid`` until the block ends; ``watcher.last`` is the most recent wait seen (or None)."""

    def __init__(self, target: ConnInfo, pid: int, interval: float) -> None:
        self.target = target
        self.pid = pid
        self.interval = interval
        self.last: LockWait | None = None
        self._conn: psycopg.Connection | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> LockWatcher:
        try:
            self._conn = self.target.connect(autocommit=True, application_name="pgsnapdiff lock watcher")
            self._conn.execute("SELECT pg_catalog.set_config('search_path', '', false)")
            self._my_pid = self._conn.info.backend_pid
        except Exception as exc:  # the watcher is a nicety: never let it fail the apply
            log.debug("lock watcher disabled: %s", exc)
            self._close()
            return self
        self._thread = threading.Thread(target=self._run, name="pgsnapdiff-lock-watcher", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        self._close()

    def stop(self) -> None:
        """Stop sampling (idempotent); the connection stays open for ``after_timeout``."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _run(self) -> None:
        assert self._conn is not None
        try:
            while not self._stop.wait(self.interval):
                row = self._conn.execute(_WAITING, (self.pid,)).fetchone()
                if row and row[0] == "Lock":
                    seen = _rows_to_wait(self._conn.execute(_BLOCKED_BY, (self.pid,)).fetchall(), True)
                    if seen is not None:
                        self.last = seen
        except Exception as exc:  # connection lost, server shutting down...: stop quietly
            log.debug("lock watcher stopped: %s", exc)

    def after_timeout(self, statement: str) -> LockWait | None:
        """The wait seen while sampling, else the sessions holding locks on the tables that
        ``statement`` names (our own sessions excluded). Call after ``stop()``."""
        self.stop()
        if self.last is not None or self._conn is None:
            return self.last
        tables = relations_in(statement)
        if not tables:
            return None
        try:
            rows = self._conn.execute(_HOLDERS, ([self.pid, self._my_pid], tables)).fetchall()
        except psycopg.Error as exc:
            log.debug("could not look up lock holders: %s", exc)
            return None
        return _rows_to_wait(rows, False)


def relations_in(statement: str) -> list[str]:
    """The relations a plan statement names, inside DO blocks too, as quoted qualified names (what
    ``to_regclass`` reads); catalog relations (the guards' lookups) are left out."""
    try:
        nodes = list(executed_statements(statement))
    except Exception:  # not parseable here: no fallback, the error still says which step failed
        return []
    names: set[str] = set()
    for node in nodes:
        names |= referenced_relations(node)
    return sorted(name for name in names if not name.startswith("pg_catalog."))
