-- pgsnapdiff snapshot (pgsnapdiff 0.1.0)
-- Source: sqlalchemy:shop.models:Base
-- Written by `pgsnapdiff snapshot` (format 1); rebuild it, do not edit it by hand.

CREATE TYPE public.order_status AS ENUM ('new',
                                         'paid',
                                         'shipped');

CREATE TABLE public.customers (
  id bigint NOT NULL,
  email varchar(320) NOT NULL,
  name text,
  created_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public.customers ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.customers_id_seq
                                                                               START WITH 1
                                                                               INCREMENT BY 1
                                                                               NO MINVALUE
                                                                               NO MAXVALUE
                                                                               CACHE 1);

CREATE TABLE public.order_lines (
  order_id bigint NOT NULL,
  product_id bigint NOT NULL,
  quantity integer NOT NULL,
  unit_price numeric(10, 2) NOT NULL,
  CONSTRAINT order_lines_quantity_check CHECK (quantity > 0)
);

CREATE TABLE public.orders (
  id bigint NOT NULL,
  customer_id bigint NOT NULL,
  status public.order_status DEFAULT CAST('new' AS public.order_status) NOT NULL,
  placed_at timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.orders_id_seq
                                                                            START WITH 1
                                                                            INCREMENT BY 1
                                                                            NO MINVALUE
                                                                            NO MAXVALUE
                                                                            CACHE 1);

CREATE TABLE public.products (
  id bigint NOT NULL,
  sku varchar(32) NOT NULL,
  title text NOT NULL,
  price numeric(10, 2) NOT NULL,
  CONSTRAINT products_price_check CHECK (price >= CAST(0 AS numeric))
);

ALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.products_id_seq
                                                                              START WITH 1
                                                                              INCREMENT BY 1
                                                                              NO MINVALUE
                                                                              NO MAXVALUE
                                                                              CACHE 1);

ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_email_key UNIQUE (email);

ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, product_id);

ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.products ADD CONSTRAINT products_sku_key UNIQUE (sku);

CREATE INDEX ix_orders_customer_id
  ON public.orders (customer_id);

CREATE INDEX orders_open_idx
  ON public.orders (placed_at)
  WHERE status <> CAST('shipped' AS public.order_status);

ALTER TABLE ONLY public.order_lines ADD CONSTRAINT order_lines_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders (id) ON DELETE CASCADE;

ALTER TABLE ONLY public.order_lines ADD CONSTRAINT order_lines_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.products (id);

ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
