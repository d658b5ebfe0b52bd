CREATE TYPE public.color AS ENUM (
    'red',
    'green',
    'blue'
);
CREATE TABLE public.items (
    id integer NOT NULL,
    price integer,
    legacy_code text NOT NULL,
    label character varying(20) DEFAULT 'x'::character varying
);
ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);
CREATE INDEX items_legacy_idx ON public.items USING btree (legacy_code);
CREATE INDEX items_price_idx ON public.items USING btree (price);
