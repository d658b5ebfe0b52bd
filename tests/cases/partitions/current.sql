CREATE SCHEMA sales;
CREATE TABLE sales.orders (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
)
PARTITION BY RANGE (placed);
CREATE TABLE sales.orders_2024 (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
);
CREATE TABLE sales.orders_default (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
);
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_default DEFAULT;
ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_2024
    ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed);
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2024_pkey;
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_default_pkey;
