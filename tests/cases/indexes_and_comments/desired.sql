CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE TABLE public.bookings (
    id integer NOT NULL,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean DEFAULT false NOT NULL,
    guest text
);
COMMENT ON TABLE public.bookings IS 'Room bookings';
COMMENT ON COLUMN public.bookings.during IS 'half-open range';
ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.bookings
    ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((NOT cancelled));
COMMENT ON CONSTRAINT bookings_no_overlap ON public.bookings IS 'no double booking';
CREATE INDEX bookings_active_idx ON public.bookings USING btree (room) WHERE (NOT cancelled);
CREATE INDEX bookings_during_idx ON public.bookings USING gist (during);
COMMENT ON INDEX public.bookings_during_idx IS 'overlap lookups';
CREATE INDEX bookings_guest_lower_idx ON public.bookings USING btree (lower(guest)) INCLUDE (room);
CREATE UNIQUE INDEX bookings_guest_room_key ON public.bookings USING btree (guest, room) NULLS NOT DISTINCT WHERE (NOT cancelled);
CREATE UNIQUE INDEX bookings_room_id_key ON public.bookings USING btree (room, id) NULLS NOT DISTINCT WITH (fillfactor='70');
