CREATE SCHEMA geo;
CREATE COLLATION geo.bytewise (provider = libc, locale = 'C');
COMMENT ON COLLATION geo.bytewise IS 'byte order';
CREATE FUNCTION geo.valid_zip(text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1 ~ '^[0-9]{4,5}$' $_$;
CREATE DOMAIN geo.zip AS text
	CONSTRAINT zip_check CHECK (geo.valid_zip(VALUE));
COMMENT ON DOMAIN geo.zip IS 'postal code';
CREATE TYPE geo.address AS (
	street text,
	city text,
	zip geo.zip
);
COMMENT ON COLUMN geo.address.zip IS 'digits only';
CREATE DOMAIN geo.email AS text
	CONSTRAINT email_has_at CHECK ((VALUE ~ '@'::text))
	CONSTRAINT email_lowercase CHECK ((VALUE = lower(VALUE)));
COMMENT ON CONSTRAINT email_lowercase ON DOMAIN geo.email IS 'lower case only';
CREATE TYPE geo.point2 AS (
	x double precision,
	y double precision
);
COMMENT ON TYPE geo.point2 IS 'a point';
CREATE DOMAIN geo.positive_int AS integer
	CONSTRAINT positive_int_check CHECK ((VALUE > 0));
CREATE TYPE geo.span AS RANGE (
    subtype = integer,
    multirange_type_name = geo.span_multirange
);
CREATE TABLE geo.people (
    id integer NOT NULL,
    email geo.email,
    home geo.address,
    age integer,
    nickname text COLLATE geo.bytewise,
    shoe_size geo.positive_int,
    location geo.point2,
    active_years geo.span,
    flags bit(4) DEFAULT '1001'::"bit"
);
ALTER TABLE ONLY geo.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);
CREATE INDEX people_email_bytewise_idx ON geo.people USING btree (email COLLATE geo.bytewise);
CREATE INDEX people_nickname_idx ON geo.people USING btree (nickname);
