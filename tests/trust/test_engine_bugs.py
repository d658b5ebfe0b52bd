"""Engine bugs found by the trust tests, each pinned by a test: a regression test once fixed.

A bug not fixed yet is marked ``xfail(strict=True)``: when the engine is fixed the test passes, strict
turns that into a failure, and whoever fixed it removes the mark (and widens the property-test
generator, where the reason says it steers around the bug)."""

from __future__ import annotations

import pytest

from tests.dbkit import execute, run_cli


def test_new_enum_values_before_all_existing_ones(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TYPE public.mood AS ENUM ('a', 'b', 'c');")
    target = pg_server.create_database()
    execute(target, "CREATE TYPE public.mood AS ENUM ('c');")
    result = run_cli("diff", reference, target, "--apply", "--exit-code")
    assert result.exit_code == 0, result.stderr  # was: "'b' is not an existing enum label"


@pytest.mark.xfail(strict=True, reason="plan.py: a check constraint (or index) on a column whose type "
                   "differs in the target is planned as if the column matched, and fails the whole apply "
                   "(rolled back) instead of being reported with the column")
def test_constraint_on_a_column_whose_type_differs_does_not_block_the_deploy(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.t (id integer, price numeric CHECK (price >= 0));"
                       "CREATE TABLE public.u (id integer);")
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.t (id integer, price text); INSERT INTO public.t VALUES (1, 'x');")
    result = run_cli("diff", reference, target, "--apply", "--exit-code")
    # the type difference needs a person (exit 4), but public.u must be created, not rolled back
    assert result.exit_code == 4, result.stderr  # today: 1, "operator does not exist: text >= numeric"


def test_foreign_key_to_a_held_back_primary_key_is_held_back_too(pg_server) -> None:
    reference = pg_server.create_database()
    execute(reference, "CREATE TABLE public.p (id integer NOT NULL PRIMARY KEY);"
                       "CREATE TABLE public.c (p_id integer REFERENCES public.p (id));")
    target = pg_server.create_database()
    execute(target, "CREATE TABLE public.p (id integer); INSERT INTO public.p VALUES (NULL);")
    result = run_cli("diff", reference, target, "--apply", "--exit-code")
    # the key waits for a person (exit 4), but public.c must be created, not rolled back
    assert result.exit_code == 4, result.stderr  # was: 1, the foreign key step failed
