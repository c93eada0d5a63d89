-- Schemata migration (up) for sqlite

BEGIN;

-- rename table orders to purchases
ALTER TABLE orders RENAME TO purchases;

COMMIT;
