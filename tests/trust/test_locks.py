"""Locks: a long transaction in the way makes the apply wait at most --lock-timeout, then fail naming
the table and the blocking session's pid, with nothing changed; --retries tries again, boundedly."""

from __future__ import annotations

import psycopg
import pytest

from tests.dbkit import execute, run_cli
from tests.trust.trustkit import fingerprint, one_error_line, run_cli_process, start_cli

OLD = ("CREATE TABLE public.p (id integer PRIMARY KEY);"
       "CREATE TABLE public.t (id integer NOT NULL, p_id integer);")
NEW = (OLD + "ALTER TABLE public.t ADD COLUMN note text;"
       "ALTER TABLE public.t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES public.p (id);"
       "CREATE TABLE public.u (id integer);")
ROWS = "INSERT INTO public.p VALUES (1), (2); INSERT INTO public.t VALUES (1, 1), (2, NULL);"


def make_pair(server) -> tuple[str, str]:
    reference = server.create_database()
    execute(reference, NEW)
    target = server.create_database()
    execute(target, OLD + ROWS)
    return reference, target


class Holder:
    """Another application's open transaction holding a lock on the target."""

    def __init__(self, url: str, statement: str) -> None:
        self.conn = psycopg.connect(url, application_name="nightly report")
        self.conn.execute(statement)
        self.pid = self.conn.info.backend_pid

    def release(self) -> None:
        if not self.conn.closed:
            self.conn.rollback()
            self.conn.close()


@pytest.fixture
def holders():
    held: list[Holder] = []
    yield lambda url, statement: held.append(Holder(url, statement)) or held[-1]
    for holder in held:
        holder.release()


def test_lock_timeout_names_table_and_blocking_pid_and_changes_nothing(any_server, holders) -> None:
    reference, target = make_pair(any_server)
    before = fingerprint(target)
    holder = holders(target, "SELECT * FROM public.t")  # ACCESS SHARE: blocks ADD COLUMN
    result = run_cli("diff", reference, target, "--apply", "--lock-timeout", "0.5")
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert "timed out after 0.5s waiting for a lock on table public.t held by " \
           f"pid {holder.pid} (user postgres, application 'nightly report', idle in transaction" in line
    assert "while running 'add column public.t.note'" in line
    assert "rolled back, nothing changed" in line
    assert f"SELECT pg_terminate_backend({holder.pid})" in line
    assert fingerprint(target) == before  # not even public.u, planned before the blocked step
    holder.release()
    assert run_cli("diff", reference, target, "--apply", "--exit-code").exit_code == 0
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_the_lock_named_is_the_one_waited_for_not_the_step_table(pg_server, holders) -> None:
    """Adding the foreign key locks the referenced table too: the message names that one."""
    reference, target = make_pair(pg_server)
    before = fingerprint(target)
    holder = holders(target, "LOCK TABLE public.p IN SHARE MODE")  # conflicts with the FK's lock
    result = run_cli("diff", reference, target, "--apply", "--lock-timeout", "0.5")
    line = one_error_line(result.stderr)
    assert f"waiting for a lock on table public.p held by pid {holder.pid}" in line
    assert "while running 'add " in line and "t_p_fk" in line
    assert fingerprint(target) == before


def test_a_wait_too_short_to_watch_still_names_who_locks_the_table(pg_server, holders) -> None:
    reference, target = make_pair(pg_server)
    holder = holders(target, "SELECT * FROM public.t")
    result = run_cli("diff", reference, target, "--apply", "--lock-timeout", "0.001")
    line = one_error_line(result.stderr)
    assert "timed out after 0.001s" in line
    assert "table public.t" in line and f"by pid {holder.pid}" in line  # "held by" or "locked by"
    assert "nothing changed" in line


def test_retries_succeed_once_the_blocker_is_gone(pg_server, holders) -> None:
    reference, target = make_pair(pg_server)
    holder = holders(target, "SELECT * FROM public.t")
    child = start_cli("diff", reference, target, "--apply", "--exit-code", "--lock-timeout", "0.3",
                      "--retries", "3")
    assert child.stderr is not None
    first = child.stderr.readline()  # the first attempt timed out; the pause before retry 1 begins
    assert f"held by pid {holder.pid}" in first and "retry 1 of 3 in 1s" in first, first
    holder.release()
    stdout, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, first + stderr
    assert "retry 2" not in stderr
    assert "applied 4 statements" in stdout
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_retries_are_bounded(pg_server, holders) -> None:
    reference, target = make_pair(pg_server)
    before = fingerprint(target)
    holder = holders(target, "SELECT * FROM public.t")
    done = run_cli_process("diff", reference, target, "--apply", "--lock-timeout", "0.2", "--retries", "1")
    assert done.returncode == 1
    progress, error = done.stderr.strip().splitlines()
    assert progress.startswith("pgsnapdiff: timed out") and "retry 1 of 1 in 1s" in progress
    assert error.startswith("pgsnapdiff: error: timed out") and "(2 attempts)" in error
    assert f"pid {holder.pid}" in error and "nothing changed" in error
    assert fingerprint(target) == before


def test_retries_option_is_validated() -> None:
    assert run_cli("diff", "a.sql", "b.sql", "--retries", "-1").exit_code == 2
    assert run_cli("diff", "a.sql", "b.sql", "--retries", "101").exit_code == 2


def test_tables_named_by_a_plan_statement_inside_do_blocks_too() -> None:
    """The fallback, when the wait was too short to watch, looks at the tables the statement names."""
    from pgsnapdiff.lockwatch import relations_in

    guarded = ("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conname = 'c') THEN "
               'ALTER TABLE "My Schema"."t""x" ADD CONSTRAINT c FOREIGN KEY (p) REFERENCES public.p (id); '
               "END IF; END$$")
    assert relations_in(guarded) == ['"My Schema"."t""x"', "public.p"]
    assert relations_in("not sql at all") == []
