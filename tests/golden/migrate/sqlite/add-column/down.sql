-- Schemata migration (down) for sqlite

BEGIN;

-- revert: add column orders.shipped_on
ALTER TABLE orders DROP COLUMN shipped_on;

COMMIT;
