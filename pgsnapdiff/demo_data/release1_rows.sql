-- Rows that production holds at release 1: the deploy must keep every one of them.
INSERT INTO customers (email) VALUES ('ada@example.com'), ('grace@example.com'), ('linus@example.com');
INSERT INTO products (sku, title, price, legacy_code) VALUES
    ('TEA-1', 'Green tea', 4.50, 'X17'), ('MUG-2', 'Mug', 9.90, NULL), ('POT-3', 'Teapot', 29.00, 'Z02');
INSERT INTO orders (customer_id) VALUES (1), (1), (2), (3);
