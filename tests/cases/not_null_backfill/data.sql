INSERT INTO public.accounts (id, nickname) VALUES (1, 'one'), (2, NULL);
