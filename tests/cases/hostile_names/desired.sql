CREATE SCHEMA "My Schema";
CREATE SCHEMA "select";
CREATE TYPE "My Schema"."it's ""quoted""" AS ENUM (
    'a''b',
    '$$',
    '%s %'
);
CREATE TABLE "My Schema"."Order" (
    "ID" integer NOT NULL,
    "user" text,
    "dotted.name" text,
    "Ünïcödé spaced" text DEFAULT 'ä''$$'::text,
    "kind" "My Schema"."it's ""quoted""",
    "new
line; DROP TABLE x; --" text
);
CREATE TABLE "select"."from" (
    "a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghij" integer NOT NULL,
    "$_$" text
);
ALTER TABLE ONLY "select"."from"
    ADD CONSTRAINT "check ""it"" $_$" CHECK (("$_$" <> '$_$'::text));
ALTER TABLE ONLY "select"."from"
    ADD CONSTRAINT "a_constraint_name_that_is_exactly_sixty_three_bytes_long_abcdef" PRIMARY KEY ("a_column_name_that_is_exactly_sixty_three_bytes_long_abcdefghij");
CREATE INDEX "Idx ""Ü""" ON "My Schema"."Order" USING btree ("user", "dotted.name");
COMMENT ON COLUMN "My Schema"."Order"."user" IS 'it''s $$ %s';
