"""``--online``: build indexes on existing tables with ``CREATE INDEX CONCURRENTLY``, so a table with
millions of rows stays writable while the deploy runs.

PostgreSQL runs CONCURRENTLY only outside a transaction, so these steps run one by one after the
transactional part has committed. Each is still idempotent (``IF NOT EXISTS``), with one catch that
this module handles: a concurrent build that was interrupted (or hit a duplicate) leaves an INVALID
index behind, which ``IF NOT EXISTS`` would then skip for ever. Right before each build the index's
validity is checked; an INVALID index of that name is dropped (``DROP INDEX CONCURRENTLY``) and
rebuilt. An index holds no data: this is the only drop pgsnapdiff ever issues, and only of an
invalid index that the reference wants.

Progress comes from ``pg_stat_progress_create_index``, read from a second connection: a click
progress bar on a terminal, plain lines (at most every few seconds) otherwise.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

import click
import psycopg
from psycopg import sql

from .conn import ConnInfo
from .errors import ApplyError
from .plan import Step

Progress = Callable[[str], None]
POLL_SECONDS = 0.5
LINE_EVERY_SECONDS = 5.0


def index_is_invalid(conn: psycopg.Connection, schema: str, name: str) -> bool:
    row = conn.execute(
        "SELECT NOT i.indisvalid FROM pg_catalog.pg_index AS i"
        " JOIN pg_catalog.pg_class AS c ON c.oid = i.indexrelid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace"
        " WHERE n.nspname = %s AND c.relname = %s", (schema, name)).fetchone()
    return bool(row and row[0])


def invalid_indexes(conn: psycopg.Connection) -> frozenset[tuple[str, str]]:
    """(schema, name) of every INVALID index: pg_dump leaves them out, so a diff must ask."""
    rows = conn.execute(
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_index AS i"
        " JOIN pg_catalog.pg_class AS c ON c.oid = i.indexrelid"
        " JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace"
        " WHERE NOT i.indisvalid").fetchall()
    return frozenset((s, n) for s, n in rows)


def _drop_invalid(conn: psycopg.Connection, schema: str, name: str) -> None:
    conn.execute(sql.SQL("DROP INDEX CONCURRENTLY IF EXISTS {}.{}").format(
        sql.Identifier(schema), sql.Identifier(name)))


class _Watcher(threading.Thread):
    """Polls the build's progress from a second connection and reports it."""

    def __init__(self, target: ConnInfo, pid: int, label: str, progress: Progress | None) -> None:
        super().__init__(daemon=True)
        self.target, self.pid, self.label, self.progress = target, pid, label, progress
        self.stop = threading.Event()
        self.tty = sys.stderr.isatty()

    def run(self) -> None:
        bar = None
        last_line = 0.0
        try:
            with self.target.connect(autocommit=True) as conn:
                while not self.stop.wait(POLL_SECONDS):
                    row = conn.execute(
                        "SELECT phase, blocks_done, blocks_total, tuples_done, tuples_total"
                        " FROM pg_catalog.pg_stat_progress_create_index WHERE pid = %s",
                        (self.pid,)).fetchone()
                    if row is None:
                        continue
                    phase, bdone, btotal, tdone, ttotal = row
                    done, total = (bdone, btotal) if btotal else (tdone, ttotal)
                    percent = int(100 * done / total) if total else 0
                    if self.tty:
                        if bar is None:
                            bar = click.progressbar(length=100, label=self.label, file=sys.stderr)
                            bar.__enter__()
                        bar.update(percent - bar.pos)
                    elif self.progress and time.monotonic() - last_line >= LINE_EVERY_SECONDS:
                        self.progress(f"{self.label}: {phase}, {percent}%")
                        last_line = time.monotonic()
        except psycopg.Error:
            pass  # progress is a courtesy: never let it fail the build
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)


def build_concurrently(conn: psycopg.Connection, target: ConnInfo, step: Step, lock_timeout: float,
                       progress: Progress | None) -> str | None:
    """Run one concurrent index step; return a held-back message, or None when it was built."""
    _, schema, name = step.key
    if index_is_invalid(conn, schema, name):
        if progress:
            progress(f"index {schema}.{name} is INVALID (an interrupted build): dropping and rebuilding it")
        _drop_invalid(conn, schema, name)
    timeout = sql.Literal(f"{max(1, int(lock_timeout * 1000))}ms")
    conn.execute(sql.SQL("SET lock_timeout = {}").format(timeout))
    watcher = _Watcher(target, conn.info.backend_pid, f"building index {schema}.{name}", progress)
    if progress and not watcher.tty:
        progress(f"building index {schema}.{name} concurrently (writes continue)")
    started = time.monotonic()
    watcher.start()
    try:
        conn.execute(step.sql.encode())
    except (psycopg.errors.UniqueViolation, psycopg.errors.UndefinedFunction,
            psycopg.errors.DatatypeMismatch, psycopg.errors.UndefinedObject) as exc:
        if index_is_invalid(conn, schema, name):
            _drop_invalid(conn, schema, name)  # our own failed build: it would slow every write
        return f"index {schema}.{name}: {_first_line(exc)}; fix the data, then re-run"
    except psycopg.errors.LockNotAvailable:
        raise ApplyError(f"timed out after {lock_timeout:g}s waiting for a lock to build index "
                         f"{schema}.{name} concurrently; the transactional part is committed; re-run "
                         "to finish (every step is idempotent)") from None
    except psycopg.Error as exc:
        raise ApplyError(f"building index {schema}.{name} concurrently failed: {_first_line(exc)}; the "
                         "transactional part is committed; re-run to finish (an interrupted build is "
                         "rebuilt)") from None
    finally:
        watcher.stop.set()
        watcher.join(timeout=5)
        conn.execute("RESET lock_timeout")
    if progress and not watcher.tty:
        progress(f"built index {schema}.{name} in {time.monotonic() - started:.1f}s")
    return None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
