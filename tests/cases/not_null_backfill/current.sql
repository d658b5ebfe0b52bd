CREATE TABLE public.accounts (
    id integer NOT NULL,
    nickname text
);
CREATE TABLE public.empty_accounts (
    id integer NOT NULL
);
