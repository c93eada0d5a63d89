-- Schemata migration (up) for sqlite

BEGIN;

-- rename table customers to orders_renaming (on its way to orders)
ALTER TABLE customers RENAME TO orders_renaming;

-- rename table orders to customers
ALTER TABLE orders RENAME TO customers;

-- rename table customers to orders
ALTER TABLE orders_renaming RENAME TO orders;

COMMIT;
