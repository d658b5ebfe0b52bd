INSERT INTO public.events (name) VALUES ('boot'), ('login');
