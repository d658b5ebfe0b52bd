-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create function shop.add(numeric, numeric)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.add(numeric, numeric)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION shop.add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
  END IF;
END
$_$;

-- create procedure shop.archive(integer)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.archive(integer)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE PROCEDURE shop.archive(IN days integer = 30) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'archiving %', days; END $$;
  END IF;
END
$_$;

-- create function shop.is_positive(numeric)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.is_positive(numeric)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION shop.is_positive(numeric) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;
  END IF;
END
$_$;

-- create function shop.new_code()
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.new_code()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION shop.new_code() RETURNS text LANGUAGE sql AS $$ SELECT md5(random()::text) $$;
  END IF;
END
$_$;

-- create table shop.refunds
CREATE TABLE IF NOT EXISTS shop.refunds (id integer NOT NULL, order_id integer NOT NULL, amount numeric(12, 2) NOT NULL, seq integer);

-- create function shop.refund_count()
DO $$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.refund_count()') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION shop.refund_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) AS count FROM shop.refunds; END;
  END IF;
END
$$;

-- create function shop.refund_label(shop.refunds)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('shop.refund_label(shop.refunds)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION shop.refund_label(r shop.refunds) RETURNS text LANGUAGE sql STABLE AS $$ SELECT r.id || ':' || r.amount $$;
  END IF;
END
$_$;

-- add column shop.customers.code
ALTER TABLE shop.customers ADD COLUMN IF NOT EXISTS code text DEFAULT shop.new_code();

-- add column shop.orders.note
ALTER TABLE shop.orders ADD COLUMN IF NOT EXISTS note text;

-- set default of shop.refunds.seq
ALTER TABLE shop.refunds ALTER COLUMN seq SET DEFAULT shop.refund_count() + 1;

-- create view shop.order_totals
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'order_totals' AND n.nspname = 'shop') THEN
    CREATE VIEW shop.order_totals AS SELECT c.id, c.email, o.note, sum(o.total) AS total FROM shop.customers AS c INNER JOIN shop.orders AS o ON o.customer_id = c.id GROUP BY c.id, c.email, o.note;
  END IF;
END
$$;

-- create view shop.big_spenders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'big_spenders' AND n.nspname = 'shop') THEN
    CREATE VIEW shop.big_spenders AS SELECT t.id, t.email FROM shop.order_totals AS t INNER JOIN shop.customers AS c ON c.id = t.id WHERE t.total > CAST(100 AS numeric);
  END IF;
END
$$;

-- create materialized view shop.customer_count
CREATE MATERIALIZED VIEW IF NOT EXISTS shop.customer_count AS SELECT count(*) AS n FROM shop.customers;

-- add check constraint orders_total_positive on shop.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'orders' AND c.conname = 'orders_total_positive') THEN
    ALTER TABLE shop.orders ADD CONSTRAINT orders_total_positive CHECK (shop.is_positive(total)) NOT VALID;
  END IF;
END
$$;

-- add primary key constraint refunds_pkey on shop.refunds
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'refunds' AND c.conname = 'refunds_pkey') THEN
    ALTER TABLE shop.refunds ADD CONSTRAINT refunds_pkey PRIMARY KEY (id);
  END IF;
END
$$;

-- validate check constraint orders_total_positive on shop.orders
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'orders' AND c.conname = 'orders_total_positive' AND NOT c.convalidated) THEN
    BEGIN
      ALTER TABLE shop.orders VALIDATE CONSTRAINT orders_total_positive;
    EXCEPTION WHEN check_violation OR foreign_key_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: check constraint orders_total_positive on shop.orders: existing rows violate it; it stays NOT VALID (new writes are checked); fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- create index shop.customer_count_n
CREATE UNIQUE INDEX IF NOT EXISTS customer_count_n ON shop.customer_count (n);

-- add foreign key constraint refunds_order_id_fkey on shop.refunds
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'refunds' AND c.conname = 'refunds_order_id_fkey') THEN
    ALTER TABLE shop.refunds ADD CONSTRAINT refunds_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders (id);
  END IF;
END
$$;

-- set comment on function shop.add(numeric, numeric)
COMMENT ON FUNCTION shop.add (a numeric, b numeric) IS 'adds numerics';

-- set comment on function shop.archive(integer)
COMMENT ON PROCEDURE shop.archive (IN days integer) IS 'moves old orders away';

-- set comment on view shop.order_totals
COMMENT ON VIEW shop.order_totals IS 'per customer and note';

-- set comment on column shop.order_totals.total
COMMENT ON COLUMN shop.order_totals.total IS 'sum of totals';
