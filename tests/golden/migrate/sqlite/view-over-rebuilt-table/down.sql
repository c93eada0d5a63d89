-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: create view big_spenders
DROP VIEW IF EXISTS big_spenders;

-- revert: create view customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: rebuild table orders: alter column orders.total (type, nullable, default)
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

-- revert: drop view customer_totals (created again below)
CREATE VIEW IF NOT EXISTS customer_totals AS
SELECT c.name, sum(o.total) AS total FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name;

-- revert: drop view big_spenders (created again below)
CREATE VIEW IF NOT EXISTS big_spenders AS
SELECT name FROM customer_totals WHERE total > 1000;

COMMIT;

PRAGMA foreign_keys = ON;
