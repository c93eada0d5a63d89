-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table purchases: its generated constraint names follow the new names
CREATE TABLE new_purchases (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    customer_id BIGINT NOT NULL,
    total NUMERIC(10,2),
    note TEXT,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
);
INSERT INTO new_purchases (id, customer_id, total, note) SELECT id, customer_id, total, note FROM purchases;
DELETE FROM sqlite_sequence WHERE name = 'new_purchases';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_purchases', seq FROM sqlite_sequence WHERE name = 'purchases';
DROP TABLE purchases;
ALTER TABLE new_purchases RENAME TO purchases;
CREATE INDEX orders_customer_id_idx ON purchases (customer_id);
PRAGMA foreign_key_check(purchases);

-- revert: rename table orders to purchases
ALTER TABLE purchases RENAME TO orders;

COMMIT;

PRAGMA foreign_keys = ON;
