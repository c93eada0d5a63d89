-- Schemata migration (down) for sqlite

BEGIN;

-- revert: drop table orders
-- IRREVERSIBLE: Dropping table orders deletes its rows; the down recreates it empty.
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    customer_id BIGINT NOT NULL,
    total NUMERIC(10,2),
    note TEXT,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);

COMMIT;
