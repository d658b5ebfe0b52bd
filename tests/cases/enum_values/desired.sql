CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok',
    'happy',
    'ecstatic'
);
CREATE TABLE public.people (
    id integer NOT NULL,
    mood public.mood DEFAULT 'ok'::public.mood
);
CREATE INDEX people_ecstatic_idx ON public.people USING btree (id) WHERE (mood = 'ecstatic'::public.mood);
