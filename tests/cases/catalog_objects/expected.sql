-- pgsnapdiff plan: additive and idempotent; safe to run more than once
SELECT pg_catalog.set_config('search_path', '', false);

-- create text search dictionary kb.simple_nostop
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_ts_dict AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.dictnamespace WHERE o.dictname = 'simple_nostop' AND n.nspname = 'kb') THEN
    CREATE TEXT SEARCH DICTIONARY kb.simple_nostop(template = pg_catalog.simple);
  END IF;
END
$$;

-- create text search configuration kb.plain
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_ts_config AS o JOIN pg_catalog.pg_namespace AS n ON n.oid = o.cfgnamespace WHERE o.cfgname = 'plain' AND n.nspname = 'kb') THEN
    CREATE TEXT SEARCH CONFIGURATION kb.plain(parser = pg_catalog."default");
    ALTER TEXT SEARCH CONFIGURATION kb.plain ADD MAPPING FOR asciiword WITH kb.simple_nostop;
    ALTER TEXT SEARCH CONFIGURATION kb.plain ADD MAPPING FOR word WITH kb.simple_nostop;
  END IF;
END
$$;

-- create composite type kb.headline
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace WHERE n.nspname = 'kb' AND t.typname = 'headline') THEN
    CREATE TYPE kb.headline AS (title text,  words integer);
  END IF;
END
$$;

-- create function kb.headline_text(kb.headline)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('kb.headline_text(kb.headline)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION kb.headline_text(kb.headline) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT $1.title || ' (' || $1.words || ')' $$;
  END IF;
END
$_$;

-- create function kb.concat_state(text, text)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('kb.concat_state(text, text)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION kb.concat_state(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 = '' THEN $2 ELSE $1 || ',' || $2 END $$;
  END IF;
END
$_$;

-- create function kb.longer(integer, integer)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('kb.longer(integer, integer)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION kb.longer(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > $2 $$;
  END IF;
END
$_$;

-- create function kb.word_count(text)
DO $_$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('kb.word_count(text)') IS NOT NULL) THEN
    SET LOCAL check_function_bodies = off;
    CREATE FUNCTION kb.word_count(text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(array_length(regexp_split_to_array(trim($1), '\s+'), 1), 0) $$;
  END IF;
END
$_$;

-- create aggregate kb.tag_list(text)
DO $$
BEGIN
  IF NOT (pg_catalog.to_regprocedure('kb.tag_list(text)') IS NOT NULL) THEN
    CREATE AGGREGATE kb.tag_list (text) (sfunc = kb.concat_state, stype = text, initcond = '');
  END IF;
END
$$;

-- create operator kb.>>>(integer, integer)
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_operator AS o WHERE o.oid = pg_catalog.to_regoperator('kb.>>>(integer, integer)') AND o.oprcode::pg_catalog.oid <> 0) THEN
    CREATE OPERATOR kb.>>>(function = kb.longer, leftarg = integer, rightarg = integer);
  END IF;
END
$$;

-- create cast (kb.headline AS text)
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast AS c WHERE c.castsource = pg_catalog.to_regtype('kb.headline') AND c.casttarget = pg_catalog.to_regtype('text')) THEN
    CREATE CAST (kb.headline AS text) WITH FUNCTION kb.headline_text (kb.headline);
  END IF;
END
$$;

-- create table kb.tags
CREATE TABLE IF NOT EXISTS kb.tags (article_id integer NOT NULL, tag text NOT NULL);

-- add primary key constraint tags_pkey on kb.tags
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'kb' AND r.relname = 'tags' AND c.conname = 'tags_pkey') THEN
    ALTER TABLE kb.tags ADD CONSTRAINT tags_pkey PRIMARY KEY (article_id, tag);
  END IF;
END
$$;

-- create statistics kb.articles_lang_words
CREATE STATISTICS IF NOT EXISTS kb.articles_lang_words(dependencies) ON lang, words FROM kb.articles;

-- add foreign key constraint tags_article_id_fkey on kb.tags
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint AS c JOIN pg_catalog.pg_class AS r ON r.oid = c.conrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE n.nspname = 'kb' AND r.relname = 'tags' AND c.conname = 'tags_article_id_fkey') THEN
    ALTER TABLE kb.tags ADD CONSTRAINT tags_article_id_fkey FOREIGN KEY (article_id) REFERENCES kb.articles (id);
  END IF;
END
$$;

-- create publication kb_tags
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication AS o WHERE o.pubname = 'kb_tags') THEN
    CREATE PUBLICATION kb_tags   WITH (publish = 'insert, update, delete, truncate');
  END IF;
END
$$;

-- set comment on cast (kb.headline AS text)
COMMENT ON CAST (kb.headline AS  text) IS 'for display';

-- set comment on function kb.tag_list(text)
COMMENT ON AGGREGATE kb.tag_list (text) IS 'comma separated';

-- set comment on operator kb.>>>(integer, integer)
COMMENT ON OPERATOR kb.>>> (integer, integer) IS 'longer than';

-- set comment on text search configuration kb.plain
COMMENT ON TEXT SEARCH CONFIGURATION kb.plain IS 'no stemming';

-- set comment on statistics kb.articles_lang_words
COMMENT ON STATISTICS kb.articles_lang_words IS 'words depend on language';

-- set comment on publication kb_tags
COMMENT ON PUBLICATION kb_tags IS 'tags only';

-- add table kb.articles in publication kb_changes
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication_rel AS pr JOIN pg_catalog.pg_publication AS p ON p.oid = pr.prpubid JOIN pg_catalog.pg_class AS r ON r.oid = pr.prrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE p.pubname = 'kb_changes' AND n.nspname = 'kb' AND r.relname = 'articles') THEN
    ALTER PUBLICATION kb_changes ADD TABLE ONLY kb.articles;
  END IF;
END
$$;

-- add table kb.tags in publication kb_changes
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication_rel AS pr JOIN pg_catalog.pg_publication AS p ON p.oid = pr.prpubid JOIN pg_catalog.pg_class AS r ON r.oid = pr.prrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE p.pubname = 'kb_changes' AND n.nspname = 'kb' AND r.relname = 'tags') THEN
    ALTER PUBLICATION kb_changes ADD TABLE ONLY kb.tags;
  END IF;
END
$$;

-- add table kb.tags in publication kb_tags
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_publication_rel AS pr JOIN pg_catalog.pg_publication AS p ON p.oid = pr.prpubid JOIN pg_catalog.pg_class AS r ON r.oid = pr.prrelid JOIN pg_catalog.pg_namespace AS n ON n.oid = r.relnamespace WHERE p.pubname = 'kb_tags' AND n.nspname = 'kb' AND r.relname = 'tags') THEN
    ALTER PUBLICATION kb_tags ADD TABLE ONLY kb.tags;
  END IF;
END
$$;
