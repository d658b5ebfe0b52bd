INSERT INTO sales.orders (id, placed, total) VALUES (1, '2024-05-01', 10.00), (2, '2026-02-01', 20.00);
