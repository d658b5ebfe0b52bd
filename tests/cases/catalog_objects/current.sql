CREATE SCHEMA kb;
CREATE TABLE kb.articles (
    id integer NOT NULL,
    title text NOT NULL,
    body text,
    lang text DEFAULT 'en'::text NOT NULL,
    words integer
);
ALTER TABLE ONLY kb.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);
CREATE PUBLICATION kb_changes WITH (publish = 'insert, update');
