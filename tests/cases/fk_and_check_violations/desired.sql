CREATE TABLE public.authors (
    id integer NOT NULL
);
CREATE TABLE public.books (
    id integer NOT NULL,
    author_id integer,
    pages integer,
    CONSTRAINT books_pages_check CHECK ((pages > 0))
);
ALTER TABLE ONLY public.authors
    ADD CONSTRAINT authors_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.books
    ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id);
