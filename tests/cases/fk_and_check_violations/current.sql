CREATE TABLE public.authors (
    id integer NOT NULL
);
CREATE TABLE public.books (
    id integer NOT NULL,
    author_id integer,
    pages integer
);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
