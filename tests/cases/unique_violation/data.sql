INSERT INTO public.users (id, email, login) VALUES (1, 'a@x', 'a'), (2, 'a@x', 'b'), (2, 'c@x', 'c');
