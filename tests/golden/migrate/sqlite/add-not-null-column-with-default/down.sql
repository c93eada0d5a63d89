-- Schemata migration (down) for sqlite

BEGIN;

-- revert: add column orders.status
ALTER TABLE orders DROP COLUMN status;

COMMIT;
