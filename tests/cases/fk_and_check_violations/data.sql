INSERT INTO public.authors (id) VALUES (1);
INSERT INTO public.books (id, author_id, pages) VALUES (1, 1, 100), (2, 99, -5);
