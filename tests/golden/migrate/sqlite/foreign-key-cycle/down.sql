-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table customers: add column customers.last_order_id; add foreign key customers.customers_last_order_id_fkey
CREATE TABLE new_customers (
    id INTEGER CONSTRAINT customers_pkey PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(80) NOT NULL,
    email TEXT
);
INSERT INTO new_customers (id, name, email) SELECT id, name, email FROM customers;
DELETE FROM sqlite_sequence WHERE name = 'new_customers';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_customers', seq FROM sqlite_sequence WHERE name = 'customers';
DROP TABLE customers;
ALTER TABLE new_customers RENAME TO customers;
CREATE INDEX customers_email_idx ON customers (email);
PRAGMA foreign_key_check(customers);

COMMIT;

PRAGMA foreign_keys = ON;
