-- Schemata migration (down) for sqlite

BEGIN;

-- revert: rename table customers to orders
ALTER TABLE orders RENAME TO orders_renaming;

-- revert: rename table orders to customers
ALTER TABLE customers RENAME TO orders;

-- revert: rename table customers to orders_renaming (on its way to orders)
ALTER TABLE orders_renaming RENAME TO customers;

COMMIT;
