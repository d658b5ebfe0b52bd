CREATE SCHEMA shop;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE TYPE shop.order_status AS ENUM (
    'new',
    'paid'
);
CREATE SEQUENCE shop.order_no
    START WITH 1000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE public.customers (
    id bigint NOT NULL,
    email text NOT NULL,
    name text,
    country text DEFAULT 'NL'::text NOT NULL,
    handle public.citext,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE shop.orders (
    id integer DEFAULT nextval('shop.order_no'::regclass) NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'new'::shop.order_status NOT NULL,
    total numeric(12,2),
    CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric))
);
ALTER SEQUENCE shop.order_no OWNED BY shop.orders.id;
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX orders_customer_idx ON shop.orders USING btree (customer_id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;
