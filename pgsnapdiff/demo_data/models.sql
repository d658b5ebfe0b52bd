-- The shop at release 2: examples/shop/shop/models.py (SQLAlchemy) written as SQL, so that
-- `pgsnapdiff demo` needs no SQLAlchemy. A test proves both give the same snapshot.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(320) NOT NULL UNIQUE,
    name text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(10, 2) NOT NULL CONSTRAINT products_price_check CHECK (price >= 0)
);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status order_status NOT NULL DEFAULT 'new',
    placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX orders_open_idx ON orders (placed_at) WHERE status <> 'shipped';

CREATE TABLE order_lines (
    order_id bigint REFERENCES orders (id) ON DELETE CASCADE,
    product_id bigint REFERENCES products (id),
    quantity integer NOT NULL CONSTRAINT order_lines_quantity_check CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);
