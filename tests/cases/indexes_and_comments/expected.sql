-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- add exclusion constraint bookings_no_overlap on public.bookings
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'bookings' AND c.conname = 'bookings_no_overlap') THEN
    BEGIN
      ALTER TABLE public.bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH OPERATOR(=), during WITH OPERATOR(&&)) WHERE (NOT cancelled);
    EXCEPTION WHEN unique_violation OR exclusion_violation OR not_null_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: exclusion constraint bookings_no_overlap on public.bookings: existing rows violate it; fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- create index public.bookings_active_idx
CREATE INDEX IF NOT EXISTS bookings_active_idx ON public.bookings (room) WHERE NOT cancelled;

-- create index public.bookings_during_idx
CREATE INDEX IF NOT EXISTS bookings_during_idx ON public.bookings USING gist (during);

-- create index public.bookings_guest_lower_idx
CREATE INDEX IF NOT EXISTS bookings_guest_lower_idx ON public.bookings ((lower(guest))) INCLUDE (room);

-- create index public.bookings_guest_room_key
DO $$
BEGIN
  BEGIN
    CREATE UNIQUE INDEX IF NOT EXISTS bookings_guest_room_key ON public.bookings (guest, room) NULLS NOT DISTINCT WHERE NOT cancelled;
  EXCEPTION WHEN unique_violation THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: unique index public.bookings_guest_room_key: existing rows have duplicates; fix the data, then re-run' || ': ' || SQLERRM;
  END;
END
$$;

-- create index public.bookings_room_id_key
DO $$
BEGIN
  BEGIN
    CREATE UNIQUE INDEX IF NOT EXISTS bookings_room_id_key ON public.bookings (room, id) NULLS NOT DISTINCT WITH (fillfactor = '70');
  EXCEPTION WHEN unique_violation THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: unique index public.bookings_room_id_key: existing rows have duplicates; fix the data, then re-run' || ': ' || SQLERRM;
  END;
END
$$;

-- set comment on table public.bookings
COMMENT ON TABLE public.bookings IS 'Room bookings';

-- set comment on column public.bookings.during
COMMENT ON COLUMN public.bookings.during IS 'half-open range';

-- set comment on constraint public.bookings.bookings_no_overlap
COMMENT ON CONSTRAINT bookings_no_overlap ON public.bookings IS 'no double booking';

-- set comment on index public.bookings_during_idx
COMMENT ON INDEX public.bookings_during_idx IS 'overlap lookups';
