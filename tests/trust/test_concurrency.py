"""Concurrency: several `--apply` runs started together on one target (replicas of a release step).
One applies; the others wait for the deploy lock, then find their idempotent statements already
done. Every run exits 0, the target converges, and every row is kept."""

from __future__ import annotations

import psycopg

from tests.dbkit import kept, rows_of_all_tables, run_cli
from tests.trust.test_locks import make_pair
from tests.trust.trustkit import start_cli


def test_two_runs_waiting_together_apply_once_and_both_succeed(pg_server) -> None:
    """Overlap made certain: a third party holds the deploy lock while both runs start, so both are
    waiting at once; when it lets go, one applies and the other finds the work done.

    (Holding the first run inside its transaction with a table lock would not do: the second run's
    pg_dump would then queue behind the first run's pending ACCESS EXCLUSIVE request.)"""
    from pgsnapdiff.apply import ADVISORY_LOCK_KEY

    reference, target = make_pair(pg_server)
    rows = rows_of_all_tables(target)
    other = psycopg.connect(target, autocommit=True)
    other.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
    try:
        runs = [start_cli("diff", reference, target, "--apply", "--exit-code") for _ in range(2)]
        for run in runs:
            assert run.stderr is not None
            line = run.stderr.readline()
            assert "another pgsnapdiff run is applying to this database; waiting" in line, line
    finally:
        other.close()
    results = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], results
    assert all("verified" in out for out, _ in results)
    assert kept(rows, rows_of_all_tables(target))
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_four_runs_started_together_all_succeed(pg_server) -> None:
    reference, target = make_pair(pg_server)
    rows = rows_of_all_tables(target)
    runs = [start_cli("diff", reference, target, "--apply", "--exit-code") for _ in range(4)]
    results = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], results
    assert kept(rows, rows_of_all_tables(target))
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_deploy_lock_wait_is_bounded_and_changes_nothing(pg_server) -> None:
    """A run that cannot get the deploy lock in time gives up cleanly (the bound is an API option)."""
    from pgsnapdiff.apply import ADVISORY_LOCK_KEY, apply_plan
    from pgsnapdiff.errors import ApplyError
    from pgsnapdiff.sync import compare
    from tests.trust.trustkit import fingerprint

    reference, target = make_pair(pg_server)
    before = fingerprint(target)
    comparison = compare(reference, target)
    with psycopg.connect(target, autocommit=True) as other_deploy:
        other_deploy.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
        try:
            apply_plan(comparison.plan, comparison.target.conn, lock_wait=0.5)
        except ApplyError as err:
            assert "another pgsnapdiff run held the deploy lock" in str(err) and "nothing changed" in str(err)
        else:
            raise AssertionError("apply_plan did not give up waiting for the deploy lock")
    assert fingerprint(target) == before
