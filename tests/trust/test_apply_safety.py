"""Apply under real conditions: concurrent runs, lock waits, rollback on error."""

from __future__ import annotations

import subprocess
import sys
import threading

import psycopg

from tests.dbkit import execute, rows_of_all_tables, run_cli

OLD = "CREATE TABLE public.t (id integer NOT NULL);"
NEW = ("CREATE TABLE public.t (id integer NOT NULL, note text);"
       "CREATE TABLE public.u (id integer NOT NULL);"
       "CREATE INDEX t_note_idx ON public.t (note);")


def _pair(server):
    reference = server.create_database()
    execute(reference, NEW)
    target = server.create_database()
    execute(target, OLD + "INSERT INTO public.t VALUES (1), (2);")
    return reference, target


def test_two_concurrent_applies_both_succeed_and_converge(pg_server) -> None:
    reference, target = _pair(pg_server)
    argv = [sys.executable, "-m", "pgsnapdiff", "diff", reference, target, "--apply", "--exit-code"]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert run_cli("diff", reference, target, "--exit-code").exit_code == 0


def test_lock_timeout_rolls_back_and_says_so(pg_server) -> None:
    reference, target = _pair(pg_server)
    rows = rows_of_all_tables(target)
    holder = psycopg.connect(target)
    holder.execute("SELECT * FROM public.t")  # a long transaction reading the table: ACCESS SHARE
    try:
        result = run_cli("diff", reference, target, "--apply", "--lock-timeout", "0.5")
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 1
    assert "lock" in result.stderr and "nothing changed" in result.stderr
    assert "Traceback" not in result.stderr
    # Nothing changed: public.u was planned before the blocked step, and is not there.
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT to_regclass('public.u')").fetchone() == (None,)
    assert rows_of_all_tables(target) == rows
    assert run_cli("diff", reference, target, "--apply", "--exit-code").exit_code == 0


def test_failed_statement_rolls_back_everything(pg_server) -> None:
    reference = pg_server.create_database()
    # A composite type is not modelled yet, so the plan creates public.b without it: that fails.
    execute(reference, "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;"
                       "CREATE TYPE public.pair AS (x integer, y integer);"
                       "CREATE TABLE public.a (id integer); CREATE TABLE public.b (p public.pair);")
    target = pg_server.create_database()
    result = run_cli("diff", reference, target, "--apply")
    assert result.exit_code == 1
    assert "rolled back, nothing changed" in result.stderr and "public.b" in result.stderr
    with psycopg.connect(target) as conn:
        assert conn.execute("SELECT to_regclass('public.a')").fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'citext'").fetchone() == (0,)


def test_apply_that_does_not_converge_is_an_error(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.b (id integer);")
    target = pg_server.create_database()
    execute(target, "CREATE TYPE public.b AS (z integer);")  # CREATE TABLE IF NOT EXISTS skips: same name
    result = run_cli("diff", reference, target, "--apply")
    assert result.exit_code == 1
    assert "still has additive changes pending: create table public.b" in result.stderr


def test_second_run_waits_for_the_deploy_lock(pg_server) -> None:
    from pgsnapdiff.apply import ADVISORY_LOCK_KEY

    reference, target = _pair(pg_server)
    holder = psycopg.connect(target, autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
    timer = threading.Timer(1.0, holder.close)  # the "other deploy" finishes after a second
    timer.start()
    result = run_cli("diff", reference, target, "--apply", "--exit-code")
    timer.join()
    assert result.exit_code == 0, result.stderr
    assert "waiting" in result.stderr
