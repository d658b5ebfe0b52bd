CREATE SCHEMA geo;
CREATE TYPE geo.address AS (
	street text,
	city text
);
CREATE DOMAIN geo.email AS text
	CONSTRAINT email_has_at CHECK ((VALUE ~ '@'::text));
CREATE TABLE geo.people (
    id integer NOT NULL,
    email geo.email,
    home geo.address,
    age integer
);
ALTER TABLE ONLY geo.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);
