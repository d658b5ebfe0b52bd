CREATE TABLE public.users (
    id integer NOT NULL,
    email text,
    login text
);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_login_key UNIQUE (login);
ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX users_email_idx ON public.users USING btree (email);
