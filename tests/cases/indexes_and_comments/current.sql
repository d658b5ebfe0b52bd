CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean DEFAULT false NOT NULL,
    guest text
);
ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);
