-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- add check constraint books_pages_check on public.books
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'books' AND c.conname = 'books_pages_check') THEN
    ALTER TABLE public.books ADD CONSTRAINT books_pages_check CHECK (pages > 0) NOT VALID;
  END IF;
END
$$;

-- validate check constraint books_pages_check on public.books
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'books' AND c.conname = 'books_pages_check' AND NOT c.convalidated) THEN
    BEGIN
      ALTER TABLE public.books VALIDATE CONSTRAINT books_pages_check;
    EXCEPTION WHEN check_violation OR foreign_key_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: check constraint books_pages_check on public.books: existing rows violate it; it stays NOT VALID (new writes are checked); fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;

-- add foreign key constraint books_author_id_fkey on public.books
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'books' AND c.conname = 'books_author_id_fkey') THEN
    ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors (id) NOT VALID;
  END IF;
END
$$;

-- validate foreign key constraint books_author_id_fkey on public.books
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND r.relname = 'books' AND c.conname = 'books_author_id_fkey' AND NOT c.convalidated) THEN
    BEGIN
      ALTER TABLE public.books VALIDATE CONSTRAINT books_author_id_fkey;
    EXCEPTION WHEN check_violation OR foreign_key_violation THEN
      RAISE WARNING USING MESSAGE = 'pgsnapdiff: held back: foreign key constraint books_author_id_fkey on public.books: existing rows violate it; it stays NOT VALID (new writes are checked); fix the data, then re-run' || ': ' || SQLERRM;
    END;
  END IF;
END
$$;
