-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- add column public.accounts.plan
ALTER TABLE public.accounts ADD COLUMN IF NOT EXISTS plan text;

-- add column public.empty_accounts.plan
ALTER TABLE public.empty_accounts ADD COLUMN IF NOT EXISTS plan text;

-- set NOT NULL on public.accounts.nickname
DO $$
BEGIN
  IF EXISTS (SELECT FROM public.accounts WHERE nickname IS NULL) THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: NOT NULL on public.accounts.nickname: some rows are NULL; backfill them, then re-run';
  ELSE
    ALTER TABLE public.accounts ALTER COLUMN nickname SET NOT NULL;
  END IF;
END
$$;

-- set NOT NULL on public.accounts.plan
DO $$
BEGIN
  IF EXISTS (SELECT FROM public.accounts WHERE plan IS NULL) THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: NOT NULL on public.accounts.plan: some rows are NULL; backfill them, then re-run';
  ELSE
    ALTER TABLE public.accounts ALTER COLUMN plan SET NOT NULL;
  END IF;
END
$$;

-- set NOT NULL on public.empty_accounts.plan
DO $$
BEGIN
  IF EXISTS (SELECT FROM public.empty_accounts WHERE plan IS NULL) THEN
    RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: NOT NULL on public.empty_accounts.plan: some rows are NULL; backfill them, then re-run';
  ELSE
    ALTER TABLE public.empty_accounts ALTER COLUMN plan SET NOT NULL;
  END IF;
END
$$;
