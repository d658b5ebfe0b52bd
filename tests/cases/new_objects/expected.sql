-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create schema shop
CREATE SCHEMA IF NOT EXISTS shop;

-- create extension citext
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_available_extensions AS o WHERE o.name = 'citext') THEN
    CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
  ELSE
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: extension citext: the target''s server does not have it; install its package there (e.g. postgresql-contrib), then re-run';
  END IF;
END
$$;

-- create type shop.order_status
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'shop' AND t.typname = 'order_status') THEN
    CREATE TYPE shop.order_status AS ENUM ('new', 'paid');
  END IF;
END
$$;

-- create sequence shop.order_no
CREATE SEQUENCE IF NOT EXISTS shop.order_no START WITH 1000 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

-- create table shop.orders
CREATE TABLE IF NOT EXISTS shop.orders (id integer DEFAULT nextval(CAST('shop.order_no' AS regclass)) NOT NULL, customer_id bigint NOT NULL, status shop.order_status DEFAULT CAST('new' AS shop.order_status) NOT NULL, total numeric(12, 2));

-- add column public.customers.name
ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS name text;

-- add column public.customers.country
ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS country text DEFAULT CAST('NL' AS text) NOT NULL;

-- add column public.customers.handle
ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS handle public.citext;

-- add column public.customers.created_at
ALTER TABLE public.customers ADD COLUMN IF NOT EXISTS created_at timestamp with time zone DEFAULT now() NOT NULL;

-- set ownership of sequence shop.order_no
ALTER SEQUENCE shop.order_no OWNED BY shop.orders.id;

-- add check constraint orders_total_check on shop.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'orders' AND c.conname = 'orders_total_check') THEN
    ALTER TABLE shop.orders ADD CONSTRAINT orders_total_check CHECK (total >= CAST(0 AS numeric));
  END IF;
END
$$;

-- add primary key constraint orders_pkey on shop.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'orders' AND c.conname = 'orders_pkey') THEN
    ALTER TABLE shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
  END IF;
END
$$;

-- create index shop.orders_customer_idx
CREATE INDEX IF NOT EXISTS orders_customer_idx ON shop.orders (customer_id);

-- add foreign key constraint orders_customer_id_fkey on shop.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'shop' AND r.relname = 'orders' AND c.conname = 'orders_customer_id_fkey') THEN
    ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
  END IF;
END
$$;

-- set comment on extension citext
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_extension AS o WHERE o.extname = 'citext') THEN
    COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
  END IF;
END
$$;
