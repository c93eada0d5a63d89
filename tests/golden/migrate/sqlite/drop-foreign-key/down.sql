-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table orders: drop foreign key orders.orders_customer_id_fkey
-- IRREVERSIBLE: The down brings back foreign key(s) orders.orders_customer_id_fkey; its foreign_key_check fails if rows written since the up point nowhere (fix those rows first).
CREATE TABLE new_orders (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    customer_id BIGINT NOT NULL,
    total NUMERIC(10,2),
    note TEXT,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
INSERT INTO new_orders (id, customer_id, total, note) SELECT id, customer_id, total, note FROM orders;
DELETE FROM sqlite_sequence WHERE name = 'new_orders';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_orders', seq FROM sqlite_sequence WHERE name = 'orders';
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
PRAGMA foreign_key_check(orders);

COMMIT;

PRAGMA foreign_keys = ON;
