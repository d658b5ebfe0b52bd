INSERT INTO public.items (id, price, legacy_code, label) VALUES (1, 10, 'L1', 'a'), (2, 20, 'L2', 'b');
