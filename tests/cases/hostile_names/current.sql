CREATE SCHEMA "My Schema";
CREATE TABLE "My Schema"."Order" (
    "ID" integer NOT NULL
);
