-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create schema select
CREATE SCHEMA IF NOT EXISTS "select";

-- create type My Schema.it's "quoted"
DO $_$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'My Schema' AND t.typname = 'it''s "quoted"') THEN
    CREATE TYPE "My Schema"."it's ""quoted""" AS ENUM ('a''b', '$$', '%s %');
  END IF;
END
$_$;

-- create table select.from
CREATE TABLE IF NOT EXISTS "select"."from" (a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghij integer NOT NULL, "$_$" text);

-- add column My Schema.Order.user
ALTER TABLE "My Schema"."Order" ADD COLUMN IF NOT EXISTS "user" text;

-- add column My Schema.Order.dotted.name
ALTER TABLE "My Schema"."Order" ADD COLUMN IF NOT EXISTS "dotted.name" text;

-- add column My Schema.Order.Ünïcödé spaced
ALTER TABLE "My Schema"."Order" ADD COLUMN IF NOT EXISTS "Ünïcödé spaced" text DEFAULT CAST('ä''$$' AS text);

-- add column My Schema.Order.kind
ALTER TABLE "My Schema"."Order" ADD COLUMN IF NOT EXISTS kind "My Schema"."it's ""quoted""";

-- add column My Schema.Order.new\nline; DROP TABLE x; --
ALTER TABLE "My Schema"."Order" ADD COLUMN IF NOT EXISTS "new
line; DROP TABLE x; --" text;

-- add check constraint check "it" $_$ on select.from
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'select' AND r.relname = 'from' AND c.conname = 'check "it" $_$') THEN
    ALTER TABLE "select"."from" ADD CONSTRAINT "check ""it"" $_$" CHECK ("$_$" <> CAST('$_$' AS text));
  END IF;
END
$$;

-- add primary key constraint a_constraint_name_that_is_exactly_sixty_three_bytes_long_abcdef on select.from
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'select' AND r.relname = 'from' AND c.conname = 'a_constraint_name_that_is_exactly_sixty_three_bytes_long_abcdef') THEN
    ALTER TABLE "select"."from" ADD CONSTRAINT a_constraint_name_that_is_exactly_sixty_three_bytes_long_abcdef PRIMARY KEY (a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghij);
  END IF;
END
$$;

-- create index My Schema.Idx "Ü"
CREATE INDEX IF NOT EXISTS "Idx ""Ü""" ON "My Schema"."Order" ("user", "dotted.name");

-- set comment on column My Schema.Order.user
COMMENT ON COLUMN "My Schema"."Order"."user" IS 'it''s $$ %s';
