CREATE TABLE public.accounts (
    id integer NOT NULL,
    nickname text NOT NULL,
    plan text NOT NULL
);
CREATE TABLE public.empty_accounts (
    id integer NOT NULL,
    plan text NOT NULL
);
