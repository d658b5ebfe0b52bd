CREATE TYPE public.color AS ENUM (
    'red',
    'blue'
);
CREATE TABLE public.items (
    id integer NOT NULL,
    price numeric(10,2),
    label character varying(20) DEFAULT 'y'::character varying
);
ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);
CREATE INDEX items_price_idx ON public.items USING btree (price DESC);
