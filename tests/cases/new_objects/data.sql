INSERT INTO public.customers (id, email) VALUES (1, 'ada@example.com'), (2, 'bob@example.com');
