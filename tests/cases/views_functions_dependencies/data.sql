INSERT INTO shop.customers (id, email) VALUES (1, 'ada@example.com'), (2, 'bob@example.com');
INSERT INTO shop.orders (id, customer_id, total) VALUES (10, 1, 50.00), (11, 2, 150.00), (12, 2, 20.00);
