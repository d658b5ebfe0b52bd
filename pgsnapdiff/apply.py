"""Run a plan against the target: all or nothing, bounded lock waits, one deploy at a time.

- A session-level advisory lock serialises concurrent runs (two replicas of a release step): the
  second waits for the first, then finds nothing left to do, since every statement is idempotent.
- New enum values commit first, in their own short transaction: PostgreSQL refuses to use a value
  added in the same transaction (a default or index predicate naming it would fail).
- Everything else runs in one transaction with ``lock_timeout`` and an empty ``search_path`` (the
  plan is fully qualified, as pg_dump is); any error rolls it back and nothing is changed.
- A lock timeout names the table and the session in the way (see ``lockwatch``), and may be retried
  a bounded number of times: the whole transaction again, after a growing pause.
- If the connection drops, the server rolls back whatever was not committed; only a drop during
  COMMIT itself leaves the outcome unknown, and the error says so (a re-run shows what is left).
- ``client_connection_check_interval`` (PostgreSQL 14+) makes the server notice a client killed
  mid-apply (SIGKILL, OOM) within a second, even while it waits for a lock, so the abandoned
  transaction rolls back and releases its locks instead of lingering.
- Guarded steps report held-back changes as WARNINGs, collected here for the report.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from .conn import ConnInfo
from .errors import ApplyError
from .lockwatch import LockWait, LockWatcher
from .online import build_concurrently
from .plan import Plan, Step
from .safety import check_additive
from .sqlbuild import WARNING_PREFIX

# "pgsnapdiff" as a 64-bit advisory lock key, fixed so that every version of the tool agrees.
ADVISORY_LOCK_KEY = 0x7067736E61706466
CLIENT_CHECK_INTERVAL = "1s"
MAX_RETRY_DELAY = 30.0

Progress = Callable[[str], None]


def default_retry_delay(attempt: int) -> float:
    """Pause before retry ``attempt`` (1, 2, ...): 1 s, 2 s, 4 s ... at most 30 s, so a short
    burst of traffic can pass without the deploy hammering the table."""
    return min(MAX_RETRY_DELAY, 2.0 ** (attempt - 1))


@dataclass
class ApplyResult:
    executed: int = 0
    seconds: float = 0.0
    held_back: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    waited_for_lock: bool = False
    transaction_committed: bool = False  # --online: the stages after it run on their own


class _LockTimedOut(Exception):
    def __init__(self, step: Step, wait: LockWait | None) -> None:
        super().__init__(step.what)
        self.step = step
        self.wait = wait


def apply_plan(plan: Plan, target: ConnInfo, *, lock_timeout: float = 5.0, lock_wait: float = 300.0,
               retries: int = 0, retry_delay: Callable[[int], float] = default_retry_delay,
               progress: Progress | None = None) -> ApplyResult:
    """Apply ``plan`` to ``target``; raise ApplyError (one line, what happened, what to do).

    ``retries``: how many more times a transaction that hit ``lock_timeout`` is run again."""
    result = ApplyResult()
    if plan.empty:
        return result
    check_additive(plan.script(), allow_replace=plan.replace_definitions)
    start = time.monotonic()
    conn = target.connect(autocommit=True)
    conn.add_notice_handler(lambda diag: _collect(result, diag))
    try:
        _acquire_run_lock(conn, lock_wait, result, progress)
        first = [s for s in plan.steps if s.separate_transaction]
        rest = [s for s in plan.steps if not s.separate_transaction and s.stage == "transaction"]
        for batch in (first, rest):
            if batch:
                _run_with_retries(conn, target, batch, lock_timeout, retries, retry_delay, result, progress)
        result.transaction_committed = True
        for step in (s for s in plan.steps if s.stage == "concurrent"):
            held = build_concurrently(conn, target, step, lock_timeout, progress)
            if held:
                result.held_back.append(held)
            else:
                result.executed += 1
        for step in (s for s in plan.steps if s.stage == "after"):  # each in its own short transaction
            _run_with_retries(conn, target, [step], lock_timeout, retries, retry_delay, result, progress)
    finally:
        conn.close()  # also releases the session-level advisory lock
    result.seconds = time.monotonic() - start
    return result


def _acquire_run_lock(conn: psycopg.Connection, lock_wait: float, result: ApplyResult,
                      progress: Progress | None) -> None:
    deadline = time.monotonic() + lock_wait
    while True:
        got = conn.execute("SELECT pg_catalog.pg_try_advisory_lock(%s)", (ADVISORY_LOCK_KEY,)).fetchone()
        if got and got[0]:
            return
        if not result.waited_for_lock and progress:
            progress("another pgsnapdiff run is applying to this database; waiting for it to finish")
        result.waited_for_lock = True
        if time.monotonic() > deadline:
            raise ApplyError(f"another pgsnapdiff run held the deploy lock for over {lock_wait:.0f}s; "
                             "nothing changed (re-run when it is done)")
        time.sleep(0.2)


def _run_with_retries(conn: psycopg.Connection, target: ConnInfo, steps: list[Step], lock_timeout: float,
                      retries: int, retry_delay: Callable[[int], float], result: ApplyResult,
                      progress: Progress | None) -> None:
    for attempt in range(retries + 1):
        try:
            _run_transaction(conn, target, steps, lock_timeout, result)
            return
        except _LockTimedOut as timed_out:
            what = _lock_message(timed_out, lock_timeout)
            if attempt == retries:
                tries = f" ({attempt + 1} attempts)" if attempt else ""
                advice = ("retry later, raise --lock-timeout, or --retries N" if not retries
                          else "retry later, or raise --lock-timeout / --retries")
                blockers = timed_out.wait.blockers if timed_out.wait else ()
                if blockers:
                    advice = (f"wait for pid {blockers[0].pid} to finish (or end it: "
                              f"SELECT pg_terminate_backend({blockers[0].pid})), then {advice}")
                raise ApplyError(f"{what}{tries}; {_rolled_back(result)} ({advice})") from None
            delay = retry_delay(attempt + 1)
            if progress:
                progress(f"{what}; rolled back; retry {attempt + 1} of {retries} in {delay:g}s")
            time.sleep(delay)


def _lock_message(timed_out: _LockTimedOut, lock_timeout: float) -> str:
    step = timed_out.step
    waited = timed_out.wait.describe() if timed_out.wait else "a lock"
    return f"timed out after {lock_timeout:g}s waiting for {waited} while running '{step.action} {step.what}'"


def _run_transaction(conn: psycopg.Connection, target: ConnInfo, steps: list[Step], lock_timeout: float,
                     result: ApplyResult) -> None:
    step: Step | None = None
    committing = False
    interval = max(0.01, min(0.1, lock_timeout / 4))
    with LockWatcher(target, conn.info.backend_pid, interval) as watcher:
        try:
            with _quiet_rollback_warnings(), conn.transaction():
                conn.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(
                    sql.Literal(f"{max(1, int(lock_timeout * 1000))}ms")))
                conn.execute("SELECT pg_catalog.set_config('search_path', '', true)")
                if conn.info.server_version >= 140000:
                    conn.execute("SELECT pg_catalog.set_config('client_connection_check_interval', %s, true)",
                                 (CLIENT_CHECK_INTERVAL,))
                for step in steps:
                    conn.execute(step.sql.encode())  # bytes: no client-side '%' placeholder parsing
                committing = True
            result.executed += len(steps)
        except psycopg.errors.LockNotAvailable:
            assert step is not None
            raise _LockTimedOut(step, watcher.after_timeout(step.sql)) from None
        except psycopg.Error as exc:
            raise ApplyError(_failure_message(conn, exc, step, committing, result)) from None


def _failure_message(conn: psycopg.Connection, exc: psycopg.Error, step: Step | None, committing: bool,
                     result: ApplyResult) -> str:
    what = f"'{step.action} {step.what}'" if step and not committing else "the plan"
    reason = _first_line(exc)
    if conn.broken or conn.closed:
        if committing:
            return (f"lost the connection to the target while committing the plan ({reason}): whether it "
                    "was applied is unknown; run pgsnapdiff again to see what is left (every step is "
                    "idempotent)")
        return (f"lost the connection to the target while running {what} ({reason}); it was not "
                f"committed, so the server rolled it back: {_left_behind(result)}")
    message = f"{what} failed: {reason}; {_rolled_back(result)}"
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        message += (f" (user {conn.info.user!r} lacks this privilege on the target: apply as the owner of "
                    "these objects, or grant it; a dry run needs only read access)")
    return message


@contextmanager
def _quiet_rollback_warnings() -> Iterator[None]:
    """psycopg logs a WARNING when the rollback after an error fails (connection already gone); our
    error message says what happened, on one line, so that second line is noise."""
    logger = logging.getLogger("psycopg")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _rolled_back(result: ApplyResult) -> str:
    return f"rolled back, {_left_behind(result)}"


def _left_behind(result: ApplyResult) -> str:
    if result.transaction_committed:
        return ("the earlier stages are committed; re-run to finish (every step is idempotent)")
    if result.executed:
        return (f"only the {result.executed} new enum value(s) committed before it remain "
                "(they are harmless)")
    return "nothing changed"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _collect(result: ApplyResult, diag: psycopg.errors.Diagnostic) -> None:
    message = diag.message_primary or ""
    if message.startswith(WARNING_PREFIX):
        result.held_back.append(message.removeprefix(WARNING_PREFIX))
    elif diag.severity_nonlocalized in ("WARNING",):
        result.notices.append(message)
