"""Run a plan against the target: all or nothing, bounded lock waits, one deploy at a time.

- A session-level advisory lock serialises concurrent runs (two replicas of a release step): the
  second waits for the first, then finds nothing left to do, since every statement is idempotent.
- New enum values commit first, in their own short transaction: PostgreSQL refuses to use a value
  added in the same transaction (a default or index predicate naming it would fail).
- Everything else runs in one transaction with ``lock_timeout`` and an empty ``search_path`` (the
  plan is fully qualified, as pg_dump is); any error rolls it back and nothing is changed.
- Guarded steps report held-back changes as WARNINGs, collected here for the report.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from .conn import ConnInfo
from .errors import ApplyError
from .plan import Plan, Step
from .safety import check_additive
from .sqlbuild import WARNING_PREFIX

# "pgsnapdiff" as a 64-bit advisory lock key, fixed so that every version of the tool agrees.
ADVISORY_LOCK_KEY = 0x7067736E61706466


@dataclass
class ApplyResult:
    executed: int = 0
    seconds: float = 0.0
    held_back: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    waited_for_lock: bool = False


def apply_plan(plan: Plan, target: ConnInfo, *, lock_timeout: float = 5.0, lock_wait: float = 300.0,
               progress=None) -> ApplyResult:
    result = ApplyResult()
    if plan.empty:
        return result
    check_additive(plan.script())
    start = time.monotonic()
    conn = target.connect(autocommit=True)
    conn.add_notice_handler(lambda diag: _collect(result, diag))
    try:
        _acquire_run_lock(conn, lock_wait, result, progress)
        first = [s for s in plan.steps if s.separate_transaction]
        rest = [s for s in plan.steps if not s.separate_transaction]
        for batch in (first, rest):
            if batch:
                _run_transaction(conn, batch, lock_timeout, result)
    finally:
        conn.close()  # also releases the session-level advisory lock
    result.seconds = time.monotonic() - start
    return result


def _acquire_run_lock(conn: psycopg.Connection, lock_wait: float, result: ApplyResult, progress) -> None:
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


def _run_transaction(conn: psycopg.Connection, steps: list[Step], lock_timeout: float,
                     result: ApplyResult) -> None:
    step: Step | None = None
    try:
        with conn.transaction():
            conn.execute(sql.SQL("SET LOCAL lock_timeout = {}").format(
                sql.Literal(f"{int(lock_timeout * 1000)}ms")))
            conn.execute("SELECT pg_catalog.set_config('search_path', '', true)")
            for step in steps:
                conn.execute(step.sql.encode())  # bytes: no client-side '%' placeholder parsing
            result.executed += len(steps)
    except psycopg.errors.LockNotAvailable as exc:
        raise ApplyError(f"timed out after {lock_timeout:g}s waiting for a lock while running "
                         f"'{step.action} {step.what}': {_first_line(exc)}; {_rolled_back(result)} "
                         "(another session holds a lock on it: retry, or raise --lock-timeout)") from None
    except psycopg.Error as exc:
        what = f"'{step.action} {step.what}'" if step else "the plan"
        raise ApplyError(f"{what} failed: {_first_line(exc)}; {_rolled_back(result)}") from None


def _rolled_back(result: ApplyResult) -> str:
    if result.executed:
        return (f"rolled back (only the {result.executed} new enum value(s) committed before it "
                "remain; they are harmless)")
    return "rolled back, nothing changed"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _collect(result: ApplyResult, diag: psycopg.errors.Diagnostic) -> None:
    message = diag.message_primary or ""
    if message.startswith(WARNING_PREFIX):
        result.held_back.append(message.removeprefix(WARNING_PREFIX))
    elif diag.severity_nonlocalized in ("WARNING",):
        result.notices.append(message)
