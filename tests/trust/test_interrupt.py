"""Interruption: the process killed in the middle of an apply (SIGINT, SIGTERM, SIGKILL) leaves the
target untouched, a re-run converges, and nothing is left behind: no throwaway server, no temp dir,
no pg_dump, no session on the target still holding locks.

"In the middle" is made certain, not hoped for: a long transaction holds a lock on a table that a
later step needs, so the apply sits inside its transaction, earlier steps already executed, until
we signal it."""

from __future__ import annotations

import shutil
import signal
import tempfile
from pathlib import Path

import psycopg
import pytest

from tests.dbkit import kept, rows_of_all_tables, run_cli
from tests.integration.test_server import processes_under, wait_until_gone
from tests.trust.test_locks import make_pair
from tests.trust.trustkit import apply_waiting_on_lock, child_env, fingerprint, sessions, start_cli, wait_for

EXIT_BY_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 130, signal.SIGKILL: -signal.SIGKILL}


def _locks_held_by(url: str, pid: int) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_locks WHERE pid = %s AND granted"
                            " AND mode = 'AccessExclusiveLock'", (pid,)).fetchone()[0]


def _interrupt_mid_apply(server, sig: signal.Signals) -> None:
    reference, target = make_pair(server)
    before = fingerprint(target)
    holder = psycopg.connect(target)
    holder.execute("SELECT * FROM public.t")  # the apply will block on public.t, inside its transaction
    try:
        child = start_cli("diff", reference, target, "--apply", "--lock-timeout", "600")
        pid = wait_for("the apply to block on the lock of public.t", lambda: apply_waiting_on_lock(target))
        assert _locks_held_by(target, pid) >= 1  # "create table public.u" ran: we are mid-transaction
        child.send_signal(sig)
        _, stderr = child.communicate(timeout=60)
        assert child.returncode == EXIT_BY_SIGNAL[sig], stderr
        if sig != signal.SIGKILL:
            assert stderr == "pgsnapdiff: interrupted; nothing more was changed\n"
        # The apply's session ends although the lock it waits for is still held: even after SIGKILL,
        # the server notices the dead client (client_connection_check_interval) and rolls back.
        wait_for("the apply's session to end", lambda: pid not in [row[0] for row in sessions(target)],
                 timeout=20)  # the lock it waits for is held for good: only the client check ends it
        assert fingerprint(target) == before
    finally:
        holder.rollback()
        holder.close()
    rerun = run_cli("diff", reference, target, "--apply", "--exit-code")
    assert rerun.exit_code == 0, rerun.stdout + rerun.stderr
    assert kept(before[1], rows_of_all_tables(target))
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
def test_signal_mid_apply_leaves_target_untouched_and_rerun_converges(pg_server, sig) -> None:
    _interrupt_mid_apply(pg_server, sig)


@pytest.mark.parametrize("server", ["pg16_server", "pg15_server"], ids=["pg16", "pg15"])
def test_sigkill_mid_apply_on_older_servers(request, server) -> None:
    _interrupt_mid_apply(request.getfixturevalue(server), signal.SIGKILL)


def test_sigint_while_reading_leaves_no_server_temp_dir_or_pg_dump(pg_server, tmp_path) -> None:
    """A .sql reference starts a throwaway server; the target's pg_dump then waits behind a lock.
    Ctrl-C then must stop the server, remove its directory and not leave pg_dump running."""
    private_tmp = Path(tempfile.mkdtemp(prefix="psd-int-", dir="/tmp"))  # short: a socket path lives here
    private_tmp.chmod(0o711)  # as root, the server's own user must be able to enter it
    reference = tmp_path / "schema.sql"
    reference.write_text("CREATE TABLE public.t (id integer NOT NULL, note text);\n")
    target = pg_server.create_database()
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute("CREATE TABLE public.t (id integer NOT NULL)")
    holder = psycopg.connect(target)
    holder.execute("LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE")  # pg_dump waits for this
    try:
        child = start_cli("diff", str(reference), target, env=child_env(TMPDIR=str(private_tmp)))
        dump = wait_for("pg_dump to wait for the lock", lambda: sessions(
            target, "application_name = 'pg_dump' AND wait_event_type = 'Lock'"))
        throwaway = [p for p in private_tmp.iterdir() if p.name.startswith("pgsnapdiff-")]
        assert len(throwaway) == 1 and processes_under(throwaway[0])  # its server is up
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
        assert child.returncode == 130, stderr
        assert stderr == "pgsnapdiff: interrupted; nothing more was changed\n"
        assert list(private_tmp.iterdir()) == []
        assert wait_until_gone(private_tmp) == []
        # pg_dump waits up to 60 s for a lock; its session must not: the server notices within ~1 s.
        wait_for("pg_dump's session to end", lambda: dump[0][0] not in [r[0] for r in sessions(target)],
                 timeout=20)
    finally:
        holder.rollback()
        holder.close()
        shutil.rmtree(private_tmp, ignore_errors=True)
