INSERT INTO public.people (id, mood) VALUES (1, 'sad'), (2, 'happy');
