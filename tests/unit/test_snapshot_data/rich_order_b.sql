-- The schema of rich_order_a.sql, created in another order (constraints later, tables reversed...).
CREATE TABLE public.plain (k text, v jsonb DEFAULT '{}'::jsonb);
CREATE SCHEMA app;
CREATE SEQUENCE app.ticket_seq START 100;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE DOMAIN app.positive AS numeric CHECK (VALUE > 0);
CREATE TYPE app.status AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE app.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE INDEX events_at_idx ON app.events (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.items (id int, order_id bigint,
  qty int, price numeric(10, 2),
  total numeric GENERATED ALWAYS AS (qty * price) STORED, note varchar(20) COLLATE "C");
CREATE INDEX items_price_idx ON app.items ((price * 2)) INCLUDE (qty);
CREATE TABLE app.orders (id bigserial, customer_id bigint NOT NULL,
  status app.status NOT NULL DEFAULT 'new', total app.positive, qty int, during tstzrange);
CREATE INDEX orders_status_idx ON app.orders (status) WHERE status <> 'shipped';
CREATE TABLE app.customers (id bigint GENERATED ALWAYS AS IDENTITY, email citext NOT NULL,
  name text, created_at timestamptz NOT NULL DEFAULT now());
ALTER TABLE app.items ADD CONSTRAINT qty_check CHECK (qty > 0);
ALTER TABLE app.orders ADD CONSTRAINT qty_check CHECK (qty > 0);
ALTER TABLE app.orders ADD EXCLUDE USING gist (customer_id WITH =, during WITH &&);
ALTER TABLE public.plain ADD PRIMARY KEY (k);
ALTER TABLE app.customers ADD UNIQUE (email);
ALTER TABLE app.customers ADD PRIMARY KEY (id);
ALTER TABLE app.orders ADD PRIMARY KEY (id);
ALTER TABLE app.items ADD PRIMARY KEY (id);
ALTER TABLE app.items ADD FOREIGN KEY (order_id) REFERENCES app.orders (id);
ALTER TABLE app.orders ADD FOREIGN KEY (customer_id) REFERENCES app.customers (id);
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END $$;
CREATE POLICY own ON app.customers USING (true);
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE TRIGGER touch BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE MATERIALIZED VIEW app.totals AS SELECT order_id, sum(total) AS s FROM app.items GROUP BY order_id;
CREATE VIEW app.open_orders AS SELECT id, customer_id FROM app.orders WHERE status <> 'shipped';
CREATE FUNCTION app.order_total(o bigint) RETURNS numeric LANGUAGE sql STABLE
  AS $$ SELECT sum(total) FROM app.items WHERE order_id = o $$;
COMMENT ON COLUMN app.items.qty IS 'how many';
COMMENT ON TABLE app.orders IS 'orders';
COMMENT ON SCHEMA app IS 'the application';
