CREATE TYPE public.mood AS ENUM (
    'sad',
    'happy'
);
CREATE TABLE public.people (
    id integer NOT NULL,
    mood public.mood
);
