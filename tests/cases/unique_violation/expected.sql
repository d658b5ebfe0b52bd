-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- add unique constraint users_login_key on public.users
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'users' AND c.conname = 'users_login_key') THEN
    BEGIN
      ALTER TABLE public.users ADD CONSTRAINT users_login_key UNIQUE (login);
    EXCEPTION WHEN unique_violation OR exclusion_violation OR not_null_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: unique constraint users_login_key on public.users: existing rows violate it; fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- add primary key constraint users_pkey on public.users
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'users' AND c.conname = 'users_pkey') THEN
    BEGIN
      ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
    EXCEPTION WHEN unique_violation OR exclusion_violation OR not_null_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: primary key constraint users_pkey on public.users: existing rows violate it; fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- create index public.users_email_idx
DO $$
BEGIN
  BEGIN
    CREATE UNIQUE INDEX IF NOT EXISTS users_email_idx ON public.users (email);
  EXCEPTION WHEN unique_violation THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: unique index public.users_email_idx: existing rows have duplicates; fix the data, then re-run' || ': ' || SQLERRM;
  END;
END
$$;
