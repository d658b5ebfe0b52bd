--
-- PostgreSQL database dump
--


-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;


--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA app IS 'the application';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: positive; Type: DOMAIN; Schema: app; Owner: -
--

CREATE DOMAIN app.positive AS numeric
	CONSTRAINT positive_check CHECK ((VALUE > (0)::numeric));


--
-- Name: status; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.status AS ENUM (
    'new',
    'paid',
    'shipped'
);


--
-- Name: order_total(bigint); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.order_total(o bigint) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT sum(total) FROM app.items WHERE order_id = o $$;


--
-- Name: touch(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.created_at := now();
  RETURN NEW;
END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: customers; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.customers (
    id bigint NOT NULL,
    email public.citext NOT NULL,
    name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app.customers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: events; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.events (
    id bigint,
    at date NOT NULL
)
PARTITION BY RANGE (at);


--
-- Name: events_2024; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.events_2024 (
    id bigint,
    at date CONSTRAINT events_at_not_null NOT NULL
);


--
-- Name: items; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.items (
    id integer NOT NULL,
    order_id bigint,
    qty integer,
    price numeric(10,2),
    total numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED,
    note character varying(20) COLLATE pg_catalog."C",
    CONSTRAINT qty_check CHECK ((qty > 0))
);


--
-- Name: COLUMN items.qty; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON COLUMN app.items.qty IS 'how many';


--
-- Name: orders; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status app.status DEFAULT 'new'::app.status NOT NULL,
    total app.positive,
    qty integer,
    during tstzrange,
    CONSTRAINT qty_check CHECK ((qty > 0))
);


--
-- Name: TABLE orders; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.orders IS 'orders';


--
-- Name: open_orders; Type: VIEW; Schema: app; Owner: -
--

CREATE VIEW app.open_orders AS
 SELECT id,
    customer_id
   FROM app.orders
  WHERE (status <> 'shipped'::app.status);


--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

CREATE SEQUENCE app.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: -
--

ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;


--
-- Name: ticket_seq; Type: SEQUENCE; Schema: app; Owner: -
--

CREATE SEQUENCE app.ticket_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: totals; Type: MATERIALIZED VIEW; Schema: app; Owner: -
--

CREATE MATERIALIZED VIEW app.totals AS
 SELECT order_id,
    sum(total) AS s
   FROM app.items
  GROUP BY order_id
  WITH NO DATA;


--
-- Name: plain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plain (
    k text NOT NULL,
    v jsonb DEFAULT '{}'::jsonb
);


--
-- Name: events_2024; Type: TABLE ATTACH; Schema: app; Owner: -
--

ALTER TABLE ONLY app.events ATTACH PARTITION app.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: orders id; Type: DEFAULT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);


--
-- Name: orders orders_customer_id_during_excl; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_during_excl EXCLUDE USING gist (customer_id WITH =, during WITH &&);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: plain plain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plain
    ADD CONSTRAINT plain_pkey PRIMARY KEY (k);


--
-- Name: events_at_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX events_at_idx ON ONLY app.events USING btree (at);


--
-- Name: events_2024_at_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX events_2024_at_idx ON app.events_2024 USING btree (at);


--
-- Name: items_price_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX items_price_idx ON app.items USING btree (((price * (2)::numeric))) INCLUDE (qty);


--
-- Name: orders_status_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX orders_status_idx ON app.orders USING btree (status) WHERE (status <> 'shipped'::app.status);


--
-- Name: events_2024_at_idx; Type: INDEX ATTACH; Schema: app; Owner: -
--

ALTER INDEX app.events_at_idx ATTACH PARTITION app.events_2024_at_idx;


--
-- Name: customers touch; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER touch BEFORE UPDATE ON app.customers FOR EACH ROW EXECUTE FUNCTION app.touch();


--
-- Name: items items_order_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.items
    ADD CONSTRAINT items_order_id_fkey FOREIGN KEY (order_id) REFERENCES app.orders(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id);


--
-- Name: customers; Type: ROW SECURITY; Schema: app; Owner: -
--

ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;

--
-- Name: customers own; Type: POLICY; Schema: app; Owner: -
--

CREATE POLICY own ON app.customers USING (true);


--
-- PostgreSQL database dump complete
--


