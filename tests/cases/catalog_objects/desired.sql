CREATE SCHEMA kb;
CREATE TYPE kb.headline AS (
	title text,
	words integer
);
CREATE FUNCTION kb.headline_text(kb.headline) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1.title || ' (' || $1.words || ')' $_$;
CREATE CAST (kb.headline AS text) WITH FUNCTION kb.headline_text(kb.headline);
COMMENT ON CAST (kb.headline AS text) IS 'for display';
CREATE FUNCTION kb.concat_state(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT CASE WHEN $1 = '' THEN $2 ELSE $1 || ',' || $2 END $_$;
CREATE FUNCTION kb.longer(integer, integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1 > $2 $_$;
CREATE FUNCTION kb.word_count(text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT coalesce(array_length(regexp_split_to_array(trim($1), '\s+'), 1), 0) $_$;
CREATE AGGREGATE kb.tag_list(text) (
    SFUNC = kb.concat_state,
    STYPE = text,
    INITCOND = ''
);
COMMENT ON AGGREGATE kb.tag_list(text) IS 'comma separated';
CREATE OPERATOR kb.>>> (
    FUNCTION = kb.longer,
    LEFTARG = integer,
    RIGHTARG = integer
);
COMMENT ON OPERATOR kb.>>> (integer, integer) IS 'longer than';
CREATE TEXT SEARCH DICTIONARY kb.simple_nostop (
    TEMPLATE = pg_catalog.simple );
CREATE TEXT SEARCH CONFIGURATION kb.plain (
    PARSER = pg_catalog."default" );
ALTER TEXT SEARCH CONFIGURATION kb.plain
    ADD MAPPING FOR asciiword WITH kb.simple_nostop;
ALTER TEXT SEARCH CONFIGURATION kb.plain
    ADD MAPPING FOR word WITH kb.simple_nostop;
COMMENT ON TEXT SEARCH CONFIGURATION kb.plain IS 'no stemming';
CREATE TABLE kb.articles (
    id integer NOT NULL,
    title text NOT NULL,
    body text,
    lang text DEFAULT 'en'::text NOT NULL,
    words integer
);
CREATE TABLE kb.tags (
    article_id integer NOT NULL,
    tag text NOT NULL
);
ALTER TABLE ONLY kb.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);
ALTER TABLE ONLY kb.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (article_id, tag);
CREATE STATISTICS kb.articles_lang_words (dependencies) ON lang, words FROM kb.articles;
COMMENT ON STATISTICS kb.articles_lang_words IS 'words depend on language';
ALTER TABLE ONLY kb.tags
    ADD CONSTRAINT tags_article_id_fkey FOREIGN KEY (article_id) REFERENCES kb.articles(id);
CREATE PUBLICATION kb_changes WITH (publish = 'insert, update');
CREATE PUBLICATION kb_tags WITH (publish = 'insert, update, delete, truncate');
COMMENT ON PUBLICATION kb_tags IS 'tags only';
ALTER PUBLICATION kb_changes ADD TABLE ONLY kb.articles;
ALTER PUBLICATION kb_changes ADD TABLE ONLY kb.tags;
ALTER PUBLICATION kb_tags ADD TABLE ONLY kb.tags;
