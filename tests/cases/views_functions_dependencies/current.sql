CREATE SCHEMA shop;
CREATE FUNCTION shop.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;
CREATE TABLE shop.customers (
    id integer NOT NULL,
    email text NOT NULL
);
CREATE TABLE shop.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    total numeric(12,2) NOT NULL
);
ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id);
