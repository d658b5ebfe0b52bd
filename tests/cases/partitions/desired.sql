CREATE SCHEMA sales;
CREATE TABLE sales.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
)
PARTITION BY LIST (kind);
CREATE TABLE sales.events_click (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE sales.events_view (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);
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
CREATE TABLE sales.orders_2025 (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
);
COMMENT ON TABLE sales.orders_2025 IS 'this year';
CREATE TABLE sales.orders_2026 (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
);
CREATE TABLE sales.orders_default (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric NOT NULL
);
ALTER TABLE ONLY sales.events ATTACH PARTITION sales.events_click FOR VALUES IN ('click');
ALTER TABLE ONLY sales.events ATTACH PARTITION sales.events_view FOR VALUES IN ('view');
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE ONLY sales.orders ATTACH PARTITION sales.orders_default DEFAULT;
ALTER TABLE ONLY sales.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, kind);
ALTER TABLE ONLY sales.events_click
    ADD CONSTRAINT events_click_pkey PRIMARY KEY (id, kind);
ALTER TABLE ONLY sales.events_view
    ADD CONSTRAINT events_view_pkey PRIMARY KEY (id, kind);
ALTER TABLE ONLY sales.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_2024
    ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_2025
    ADD CONSTRAINT orders_2025_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_2026
    ADD CONSTRAINT orders_2026_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY sales.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed);
CREATE INDEX orders_total_idx ON ONLY sales.orders USING btree (total);
CREATE INDEX orders_2024_total_idx ON sales.orders_2024 USING btree (total);
CREATE INDEX orders_2025_total_idx ON sales.orders_2025 USING btree (total);
CREATE INDEX orders_2026_total_idx ON sales.orders_2026 USING btree (total);
CREATE INDEX orders_default_total_idx ON sales.orders_default USING btree (total);
ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_click_pkey;
ALTER INDEX sales.events_pkey ATTACH PARTITION sales.events_view_pkey;
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2024_pkey;
ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2024_total_idx;
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2025_pkey;
ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2025_total_idx;
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_2026_pkey;
ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_2026_total_idx;
ALTER INDEX sales.orders_pkey ATTACH PARTITION sales.orders_default_pkey;
ALTER INDEX sales.orders_total_idx ATTACH PARTITION sales.orders_default_total_idx;
