-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- rebuild table customers: drop column customers.email; drop index customers.customers_email_idx
CREATE TABLE new_customers (
    id INTEGER CONSTRAINT customers_pkey PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(80) NOT NULL
);
INSERT INTO new_customers (id, name) SELECT id, name FROM customers;
DELETE FROM sqlite_sequence WHERE name = 'new_customers';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_customers', seq FROM sqlite_sequence WHERE name = 'customers';
DROP TABLE customers;
ALTER TABLE new_customers RENAME TO customers;
PRAGMA foreign_key_check(customers);

COMMIT;

PRAGMA foreign_keys = ON;
