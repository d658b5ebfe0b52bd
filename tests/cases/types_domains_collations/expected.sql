-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create collation geo.bytewise
CREATE COLLATION IF NOT EXISTS geo.bytewise(provider = libc, locale = 'C');

-- create composite type geo.point2
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'point2') THEN
    CREATE TYPE geo.point2 AS (x double precision,  y double precision);
  END IF;
END
$$;

-- create domain geo.positive_int
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'positive_int') THEN
    CREATE DOMAIN geo.positive_int AS integer CONSTRAINT positive_int_check CHECK (value > 0);
  END IF;
END
$$;

-- create range type geo.span
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'span') THEN
    CREATE TYPE geo.span AS RANGE (subtype = integer);
  END IF;
END
$$;

-- add constraint email_lowercase on domain geo.email
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_type AS t ON t.oid = c.contypid JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'email' AND c.conname = 'email_lowercase') THEN
    ALTER DOMAIN geo.email ADD CONSTRAINT email_lowercase CHECK (value = lower(value)) NOT VALID;
  END IF;
END
$$;

-- create function geo.valid_zip(text)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('geo.valid_zip(text)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION geo.valid_zip(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 ~ '^[0-9]{4,5}$' $$;
  END IF;
END
$_$;

-- create domain geo.zip
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'zip') THEN
    CREATE DOMAIN geo.zip AS text CONSTRAINT zip_check CHECK (geo.valid_zip(value));
  END IF;
END
$$;

-- add attribute geo.address.zip
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_attribute AS a JOIN pg_catalog.pg_type AS t ON t.typrelid = a.attrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'address' AND a.attname = 'zip' AND NOT a.attisdropped) THEN
    ALTER TYPE geo.address ADD ATTRIBUTE zip geo.zip;
  END IF;
END
$$;

-- add column geo.people.nickname
ALTER TABLE geo.people ADD COLUMN IF NOT EXISTS nickname text COLLATE geo.bytewise;

-- add column geo.people.shoe_size
ALTER TABLE geo.people ADD COLUMN IF NOT EXISTS shoe_size geo.positive_int;

-- add column geo.people.location
ALTER TABLE geo.people ADD COLUMN IF NOT EXISTS location geo.point2;

-- add column geo.people.active_years
ALTER TABLE geo.people ADD COLUMN IF NOT EXISTS active_years geo.span;

-- add column geo.people.flags
ALTER TABLE geo.people ADD COLUMN IF NOT EXISTS flags pg_catalog.bit(4) DEFAULT CAST('1001' AS "bit");

-- validate constraint email_lowercase on domain geo.email
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_type AS t ON t.oid = c.contypid JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'geo' AND t.typname = 'email' AND c.conname = 'email_lowercase' AND NOT c.convalidated) THEN
    BEGIN
      ALTER DOMAIN geo.email VALIDATE CONSTRAINT email_lowercase;
    EXCEPTION WHEN check_violation OR not_null_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: constraint email_lowercase on domain geo.email: existing values violate it; it stays NOT VALID (new values are checked); fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- create index geo.people_email_bytewise_idx
CREATE INDEX IF NOT EXISTS people_email_bytewise_idx ON geo.people (email COLLATE geo.bytewise);

-- create index geo.people_nickname_idx
CREATE INDEX IF NOT EXISTS people_nickname_idx ON geo.people (nickname);

-- set comment on collation geo.bytewise
COMMENT ON COLLATION geo.bytewise IS 'byte order';

-- set comment on type geo.zip
COMMENT ON DOMAIN geo.zip IS 'postal code';

-- set comment on attribute geo.address.zip
COMMENT ON COLUMN geo.address.zip IS 'digits only';

-- set comment on constraint email_lowercase on domain geo.email
COMMENT ON CONSTRAINT email_lowercase ON DOMAIN geo.email IS 'lower case only';

-- set comment on type geo.point2
COMMENT ON TYPE geo.point2 IS 'a point';
