-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- add enum value public.mood 'ok'
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad';

-- add enum value public.mood 'ecstatic'
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy';

-- set default of public.people.mood
ALTER TABLE public.people ALTER COLUMN mood SET DEFAULT CAST('ok' AS public.mood);

-- create index public.people_ecstatic_idx
CREATE INDEX IF NOT EXISTS people_ecstatic_idx ON public.people (id) WHERE mood = CAST('ecstatic' AS public.mood);
