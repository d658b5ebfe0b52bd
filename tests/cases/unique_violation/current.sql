CREATE TABLE public.users (
    id integer NOT NULL,
    email text,
    login text
);
