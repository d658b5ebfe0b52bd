--
-- PostgreSQL database dump
--


-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: pair; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pair AS (
	x integer,
	y integer
);


--
-- Name: add(integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN (a + b);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: orgs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.orgs (
    id integer NOT NULL,
    name text
);


--
-- Name: org_count(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.org_count() RETURNS bigint
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.orgs
   WHERE (orgs.id > 0);
END;


--
-- Name: base; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.base (
    id integer,
    note text COLLATE pg_catalog."C"
);


--
-- Name: child; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.child (
    extra integer
)
INHERITS (public.base);


--
-- Name: g; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.g (
    a integer,
    b integer GENERATED ALWAYS AS ((a * 2)) STORED,
    c numeric DEFAULT 1.5 NOT NULL,
    CONSTRAINT g_c_check CHECK ((c > (0)::numeric))
);


--
-- Name: members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.members (
    org integer,
    usr text
);


--
-- Name: mv; Type: MATERIALIZED VIEW; Schema: public; Owner: -
--

CREATE MATERIALIZED VIEW public.mv AS
 SELECT orgs.id,
    count(*) AS n
   FROM (public.orgs
     JOIN public.members ON ((members.org = orgs.id)))
  GROUP BY orgs.id
  WITH NO DATA;


--
-- Name: s; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.s
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    MAXVALUE 1000
    CACHE 1
    CYCLE;


--
-- Name: ts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ts (
    id integer DEFAULT nextval('public.s'::regclass)
);


--
-- Name: v; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.v AS
 SELECT id,
    name
   FROM public.orgs o;


--
-- Name: orgs orgs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.orgs
    ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);


--
-- Name: CONSTRAINT orgs_pkey ON orgs; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON CONSTRAINT orgs_pkey ON public.orgs IS 'key';


--
-- Name: mv_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mv_id ON public.mv USING btree (id);


--
-- Name: v protect; Type: RULE; Schema: public; Owner: -
--

CREATE RULE protect AS
    ON DELETE TO public.v DO INSTEAD NOTHING;


--
-- Name: members members_org_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT members_org_fkey FOREIGN KEY (org) REFERENCES public.orgs(id);


--
-- Name: orgs mine; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mine ON public.orgs USING ((EXISTS ( SELECT 1
   FROM public.members m
  WHERE ((m.org = orgs.id) AND (m.usr = CURRENT_USER)))));


--
-- Name: orgs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.orgs ENABLE ROW LEVEL SECURITY;

--
-- PostgreSQL database dump complete
--


