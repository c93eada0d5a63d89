-- Schemata migration (up) for sqlite

BEGIN;

-- add column orders.shipped_on
ALTER TABLE orders ADD COLUMN shipped_on DATE;

COMMIT;
