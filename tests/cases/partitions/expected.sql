-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create table sales.events
CREATE TABLE IF NOT EXISTS sales.events (id bigint NOT NULL, kind text NOT NULL, at timestamp with time zone DEFAULT now() NOT NULL) PARTITION BY list (kind);

-- create table sales.events_click
CREATE TABLE IF NOT EXISTS sales.events_click (id bigint NOT NULL, kind text NOT NULL, at timestamp with time zone DEFAULT now() NOT NULL);

-- create table sales.events_view
CREATE TABLE IF NOT EXISTS sales.events_view (id bigint NOT NULL, kind text NOT NULL, at timestamp with time zone DEFAULT now() NOT NULL);

-- create table sales.orders_2025
CREATE TABLE IF NOT EXISTS sales.orders_2025 (id integer NOT NULL, placed date NOT NULL, total numeric NOT NULL);

-- create table sales.orders_2026
CREATE TABLE IF NOT EXISTS sales.orders_2026 (id integer NOT NULL, placed date NOT NULL, total numeric NOT NULL);

-- add primary key constraint events_click_pkey on sales.events_click
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'sales' AND r.relname = 'events_click' AND c.conname = 'events_click_pkey') THEN
    ALTER TABLE sales.events_click ADD CONSTRAINT events_click_pkey PRIMARY KEY (id, kind);
  END IF;
END
$$;

-- add primary key constraint events_view_pkey on sales.events_view
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'sales' AND r.relname = 'events_view' AND c.conname = 'events_view_pkey') THEN
    ALTER TABLE sales.events_view ADD CONSTRAINT events_view_pkey PRIMARY KEY (id, kind);
  END IF;
END
$$;

-- add primary key constraint orders_2025_pkey on sales.orders_2025
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'sales' AND r.relname = 'orders_2025' AND c.conname = 'orders_2025_pkey') THEN
    ALTER TABLE sales.orders_2025 ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed);
  END IF;
END
$$;

-- add primary key constraint orders_2026_pkey on sales.orders_2026
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'sales' AND r.relname = 'orders_2026' AND c.conname = 'orders_2026_pkey') THEN
    ALTER TABLE sales.orders_2026 ADD CONSTRAINT orders_2026_pkey PRIMARY KEY (id, placed);
  END IF;
END
$$;

-- add primary key constraint events_pkey on sales.events
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'sales' AND r.relname = 'events' AND c.conname = 'events_pkey') THEN
    ALTER TABLE sales.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, kind);
  END IF;
END
$$;

-- create index sales.orders_2024_total_idx
CREATE INDEX IF NOT EXISTS orders_2024_total_idx ON sales.orders_2024 (total);

-- create index sales.orders_2025_total_idx
CREATE INDEX IF NOT EXISTS orders_2025_total_idx ON sales.orders_2025 (total);

-- create index sales.orders_2026_total_idx
CREATE INDEX IF NOT EXISTS orders_2026_total_idx ON sales.orders_2026 (total);

-- create index sales.orders_default_total_idx
CREATE INDEX IF NOT EXISTS orders_default_total_idx ON sales.orders_default (total);

-- create index sales.orders_total_idx
CREATE INDEX IF NOT EXISTS orders_total_idx ON sales.orders (total);

-- attach partition sales.events_click of sales.events
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'events_click' AND n.nspname = 'sales' AND o.relispartition) THEN
    BEGIN
      ALTER TABLE sales.events ATTACH PARTITION sales.events_click FOR VALUES IN ('click');
    EXCEPTION WHEN check_violation OR invalid_object_definition OR wrong_object_type OR datatype_mismatch THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: partition sales.events_click of sales.events: the target does not allow it yet (rows of the default partition that belong in it, or a parent partitioned otherwise or with other columns); fix that, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- attach partition sales.events_view of sales.events
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'events_view' AND n.nspname = 'sales' AND o.relispartition) THEN
    BEGIN
      ALTER TABLE sales.events ATTACH PARTITION sales.events_view FOR VALUES IN ('view');
    EXCEPTION WHEN check_violation OR invalid_object_definition OR wrong_object_type OR datatype_mismatch THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: partition sales.events_view of sales.events: the target does not allow it yet (rows of the default partition that belong in it, or a parent partitioned otherwise or with other columns); fix that, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- attach partition sales.orders_2025 of sales.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2025' AND n.nspname = 'sales' AND o.relispartition) THEN
    BEGIN
      ALTER TABLE sales.orders ATTACH PARTITION sales.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    EXCEPTION WHEN check_violation OR invalid_object_definition OR wrong_object_type OR datatype_mismatch THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: partition sales.orders_2025 of sales.orders: the target does not allow it yet (rows of the default partition that belong in it, or a parent partitioned otherwise or with other columns); fix that, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- attach partition sales.orders_2026 of sales.orders
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2026' AND n.nspname = 'sales' AND o.relispartition) THEN
    BEGIN
      ALTER TABLE sales.orders ATTACH PARTITION sales.orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
    EXCEPTION WHEN check_violation OR invalid_object_definition OR wrong_object_type OR datatype_mismatch THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: partition sales.orders_2026 of sales.orders: the target does not allow it yet (rows of the default partition that belong in it, or a parent partitioned otherwise or with other columns); fix that, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- attach index sales.events_click_pkey as a partition of sales.events_pkey
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'events_click' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_click_pkey;
  END IF;
END
$$;

-- attach index sales.events_view_pkey as a partition of sales.events_pkey
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'events_view' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_view_pkey;
  END IF;
END
$$;

-- attach index sales.orders_2024_total_idx as a partition of sales.orders_total_idx
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2024' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2024_total_idx;
  END IF;
END
$$;

-- attach index sales.orders_2025_pkey as a partition of sales.orders_pkey
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2025' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2025_pkey;
  END IF;
END
$$;

-- attach index sales.orders_2025_total_idx as a partition of sales.orders_total_idx
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2025' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2025_total_idx;
  END IF;
END
$$;

-- attach index sales.orders_2026_pkey as a partition of sales.orders_pkey
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2026' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2026_pkey;
  END IF;
END
$$;

-- attach index sales.orders_2026_total_idx as a partition of sales.orders_total_idx
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_2026' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2026_total_idx;
  END IF;
END
$$;

-- attach index sales.orders_default_total_idx as a partition of sales.orders_total_idx
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_class AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.relnamespace WHERE o.relname = 'orders_default' AND n.nspname = 'sales' AND o.relispartition) THEN
    ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_default_total_idx;
  END IF;
END
$$;

-- set comment on table sales.orders_2025
COMMENT ON TABLE sales.orders_2025 IS 'this year';
