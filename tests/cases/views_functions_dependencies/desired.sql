CREATE SCHEMA shop;
CREATE FUNCTION shop.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;
CREATE FUNCTION shop.add(a numeric, b numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;
COMMENT ON FUNCTION shop.add(a numeric, b numeric) IS 'adds numerics';
CREATE PROCEDURE shop.archive(IN days integer DEFAULT 30)
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'archiving %', days; END $$;
COMMENT ON PROCEDURE shop.archive(IN days integer) IS 'moves old orders away';
CREATE FUNCTION shop.is_positive(numeric) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1 > 0 $_$;
CREATE FUNCTION shop.new_code() RETURNS text
    LANGUAGE sql
    AS $$ SELECT md5(random()::text) $$;
CREATE TABLE shop.refunds (
    id integer NOT NULL,
    order_id integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    seq integer
);
CREATE FUNCTION shop.refund_count() RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM shop.refunds;
END;
CREATE FUNCTION shop.refund_label(r shop.refunds) RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT r.id || ':' || r.amount $$;
CREATE TABLE shop.customers (
    id integer NOT NULL,
    email text NOT NULL,
    code text DEFAULT shop.new_code()
);
CREATE TABLE shop.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    total numeric(12,2) NOT NULL,
    note text,
    CONSTRAINT orders_total_positive CHECK (shop.is_positive(total))
);
CREATE VIEW shop.order_totals AS
 SELECT c.id,
    c.email,
    o.note,
    sum(o.total) AS total
   FROM (shop.customers c
     JOIN shop.orders o ON ((o.customer_id = c.id)))
  GROUP BY c.id, c.email, o.note;
COMMENT ON VIEW shop.order_totals IS 'per customer and note';
COMMENT ON COLUMN shop.order_totals.total IS 'sum of totals';
CREATE VIEW shop.big_spenders AS
 SELECT t.id,
    t.email
   FROM (shop.order_totals t
     JOIN shop.customers c ON ((c.id = t.id)))
  WHERE (t.total > (100)::numeric);
CREATE MATERIALIZED VIEW shop.customer_count AS
 SELECT count(*) AS n
   FROM shop.customers
  WITH NO DATA;
ALTER TABLE ONLY shop.refunds ALTER COLUMN seq SET DEFAULT (shop.refund_count() + 1);
ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.refunds
    ADD CONSTRAINT refunds_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX customer_count_n ON shop.customer_count USING btree (n);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id);
ALTER TABLE ONLY shop.refunds
    ADD CONSTRAINT refunds_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop.orders(id);
