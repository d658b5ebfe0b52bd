-- Source of pg15_more_kinds.dump.sql / pg18_more_kinds.dump.sql (servers and pg_dumps 15 / 18).
CREATE TABLE public.orgs (id int PRIMARY KEY, name text);
CREATE TABLE public.members (org int REFERENCES public.orgs, usr text);
CREATE FUNCTION public.org_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM public.orgs WHERE orgs.id > 0; END;
CREATE FUNCTION public.add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b;
ALTER TABLE public.orgs ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON public.orgs USING (EXISTS (SELECT 1 FROM public.members m WHERE m.org = orgs.id AND m.usr = current_user));
CREATE TABLE public.base (id int, note text COLLATE "C");
CREATE TABLE public.child (extra int) INHERITS (public.base);
CREATE VIEW public.v AS SELECT o.id, o.name FROM public.orgs o;
CREATE RULE protect AS ON DELETE TO public.v DO INSTEAD NOTHING;
CREATE MATERIALIZED VIEW public.mv AS SELECT orgs.id, count(*) AS n FROM public.orgs JOIN public.members ON members.org = orgs.id GROUP BY orgs.id;
CREATE UNIQUE INDEX mv_id ON public.mv (id);
COMMENT ON CONSTRAINT orgs_pkey ON public.orgs IS 'key';
CREATE TABLE public.g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c numeric DEFAULT 1.5 CHECK (c > 0) NOT NULL);
CREATE TYPE public.pair AS (x int, y int);
CREATE SEQUENCE public.s AS integer MAXVALUE 1000 CYCLE;
CREATE TABLE public.ts (id int DEFAULT nextval('public.s'));
