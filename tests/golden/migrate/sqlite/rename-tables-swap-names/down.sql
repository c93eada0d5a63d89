-- Schemata migration (down) for sqlite

BEGIN;

-- rename table customers to orders
ALTER TABLE orders RENAME TO orders_renaming;

-- rename table orders to customers
ALTER TABLE customers RENAME TO orders;

-- rename table customers to orders_renaming (on its way to orders)
ALTER TABLE orders_renaming RENAME TO customers;

COMMIT;
