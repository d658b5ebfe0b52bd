-- One schema, created in one order (rich_order_b.sql creates the same objects in another).
-- pg15_order_a.dump.sql and pg18_order_b.dump.sql are pg_dump 15 / 18 dumps of these on servers 15 / 18.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'the application';
CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN app.positive AS numeric CHECK (VALUE > 0);
CREATE TABLE app.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email citext NOT NULL UNIQUE,
  name text, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES app.customers (id),
  status app.status NOT NULL DEFAULT 'new', total app.positive, qty int CONSTRAINT qty_check CHECK (qty > 0),
  during tstzrange, EXCLUDE USING gist (customer_id WITH =, during WITH &&));
CREATE TABLE app.items (id int PRIMARY KEY, order_id bigint REFERENCES app.orders (id),
  qty int CONSTRAINT qty_check CHECK (qty > 0), price numeric(10, 2),
  total numeric GENERATED ALWAYS AS (qty * price) STORED, note varchar(20) COLLATE "C");
CREATE INDEX orders_status_idx ON app.orders (status) WHERE status <> 'shipped';
CREATE INDEX items_price_idx ON app.items ((price * 2)) INCLUDE (qty);
CREATE FUNCTION app.order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE
  AS $$ SELECT sum(total) FROM app.items WHERE order_id = o $$;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER touch BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE VIEW app.open_orders AS SELECT id, customer_id FROM app.orders WHERE status <> 'shipped';
CREATE MATERIALIZED VIEW app.totals AS SELECT order_id, sum(total) AS s FROM app.items GROUP BY order_id;
COMMENT ON TABLE app.orders IS 'orders';
COMMENT ON COLUMN app.items.qty IS 'how many';
CREATE TABLE app.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_at_idx ON app.events (at);
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.customers USING (true);
CREATE SEQUENCE app.ticket_seq START 100;
CREATE TABLE public.plain (k text PRIMARY KEY, v jsonb DEFAULT '{}'::jsonb);
