CREATE TABLE public.customers (
    id bigint NOT NULL,
    email text NOT NULL
);
ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
