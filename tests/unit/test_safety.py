"""The independent safety check refuses anything that is not additive, even hidden in a DO block."""

from __future__ import annotations

import pytest

from pgsnapdiff.safety import UnsafePlan, check_additive

REFUSED = [
    "DROP TABLE public.t",
    "DO $$ BEGIN IF EXISTS (SELECT 1) THEN DROP TABLE x; END IF; END $$",
    "ALTER TABLE t ALTER COLUMN a TYPE bigint",
    "ALTER TABLE t DROP COLUMN a",
    "ALTER TABLE t RENAME COLUMN a TO b",
    "ALTER TABLE t ALTER COLUMN a DROP NOT NULL",
    "TRUNCATE t",
    "DELETE FROM t",
    "UPDATE t SET a = 1",
    "INSERT INTO t VALUES (1)",
    "DO $$ BEGIN PERFORM pg_sleep(1); END $$",
    "DO $$ BEGIN EXECUTE 'drop table x'; END $$",
    "DO $$ BEGIN IF EXISTS (SELECT FROM x WHERE pg_terminate_backend(1)) THEN END IF; END $$",
    "SELECT pg_terminate_backend(1)",
    "ALTER SEQUENCE s RESTART",
    "DROP INDEX i",
    "ALTER TYPE e RENAME VALUE 'a' TO 'b'",
    # a sequence moved to a value of choice, or back: only "past its column's values" is allowed
    "DO $$ BEGIN PERFORM pg_catalog.setval('public.s', 1); END $$",
    "DO $$ BEGIN PERFORM pg_catalog.setval('public.s', GREATEST(m, (SELECT last_value FROM public.other)))"
    " FROM (SELECT 1 AS m) AS e; END $$",
    "DO $$ BEGIN PERFORM pg_catalog.setval('public.s', LEAST(m, (SELECT last_value FROM public.s)))"
    " FROM (SELECT 1 AS m) AS e; END $$",
    "DO $$ BEGIN PERFORM max(pg_terminate_backend(1)); END $$",
    # settings that rewrite a table, or take one back: not among those of a new table
    "ALTER TABLE s.t SET ACCESS METHOD heap2", "ALTER TABLE s.t SET UNLOGGED", "ALTER TABLE s.t SET LOGGED",
    "ALTER TABLE s.t RESET (fillfactor)", "ALTER TABLE s.t ALTER COLUMN a RESET (n_distinct)",
    "ALTER TABLE s.t SET WITHOUT CLUSTER", "ALTER INDEX s.i SET TABLESPACE elsewhere",
    "ALTER DOMAIN s.d DROP DEFAULT", "ALTER DOMAIN s.d DROP NOT NULL",
    # a REVOKE is allowed only right after the CREATE of that very function, in one block
    "DO $$ BEGIN REVOKE EXECUTE ON FUNCTION s.f(integer) FROM PUBLIC; END $$",
    "DO $$ BEGIN CREATE FUNCTION s.g(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    " REVOKE EXECUTE ON FUNCTION s.f(integer) FROM PUBLIC; END $$",
    "DO $$ BEGIN CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    " REVOKE EXECUTE ON FUNCTION s.f(text) FROM PUBLIC; END $$",
    "DO $$ BEGIN CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    " REVOKE EXECUTE ON FUNCTION s.f(integer) FROM app_user; END $$",
    "DO $$ BEGIN CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    " REVOKE ALL ON TABLE s.t FROM PUBLIC; END $$",
    "DO $$ BEGIN CREATE FUNCTION s.f(a integer) RETURNS integer LANGUAGE sql AS 'SELECT 1';"
    " COMMENT ON FUNCTION s.f(integer) IS 'x'; REVOKE EXECUTE ON FUNCTION s.f(integer) FROM PUBLIC; END $$",
]

ALLOWED = [
    "CREATE SCHEMA IF NOT EXISTS s",
    "CREATE TABLE IF NOT EXISTS s.t (a integer DEFAULT now() NOT NULL)",
    "ALTER TABLE s.t ADD COLUMN IF NOT EXISTS b text",
    "ALTER TYPE s.e ADD VALUE IF NOT EXISTS 'x' AFTER 'y'",
    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_type) THEN"
    " CREATE TYPE s.e AS ENUM ('a'); END IF; END $$",
    "SELECT pg_catalog.set_config('search_path', '', false)",
    "COMMENT ON TABLE s.t IS 'x'",
    "DO $$ BEGIN PERFORM pg_catalog.setval('public.s', GREATEST(m, (SELECT last_value FROM public.s)))"
    " FROM (SELECT CAST(max(x) AS bigint) AS m FROM public.t) AS e WHERE m IS NOT NULL; END $$",
    # the settings of a relation the plan creates (kinds/reported.py SETTINGS_OF_NEW): catalog only
    "ALTER TABLE ONLY s.t REPLICA IDENTITY FULL", "ALTER TABLE ONLY s.t REPLICA IDENTITY USING INDEX t_pkey",
    "ALTER TABLE ONLY s.t ALTER COLUMN a SET STATISTICS 1000",
    "ALTER TABLE ONLY s.t ALTER COLUMN a SET STORAGE external",
    "ALTER TABLE ONLY s.t ALTER COLUMN a SET COMPRESSION pglz",
    "ALTER TABLE ONLY s.t ALTER COLUMN a SET (n_distinct = 100)",
    "ALTER TABLE ONLY s.t CLUSTER ON t_pkey", "ALTER TABLE ONLY s.t SET (fillfactor = 90)",
    "ALTER INDEX s.i ALTER COLUMN 2 SET STATISTICS 400",
    "ALTER MATERIALIZED VIEW s.m ALTER COLUMN n SET STATISTICS 300",
    "ALTER DOMAIN s.d SET DEFAULT 7", "ALTER DOMAIN s.d SET NOT NULL",
    # a function the plan creates, locked down as the reference has it (kinds/routines.py)
    "DO $$ BEGIN IF NOT (pg_catalog.to_regprocedure('s.f(integer,text)') IS NOT NULL) THEN"
    " CREATE FUNCTION s.f(a integer, b text DEFAULT 'x', OUT c integer) LANGUAGE sql AS 'SELECT 1';"
    " REVOKE EXECUTE ON FUNCTION s.f(integer, text) FROM PUBLIC; END IF; END $$",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_refused(sql: str) -> None:
    with pytest.raises(UnsafePlan):
        check_additive(sql)


@pytest.mark.parametrize("sql", ALLOWED)
def test_allowed(sql: str) -> None:
    check_additive(sql)
