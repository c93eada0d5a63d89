-- Schemata migration (down) for sqlite

BEGIN;

-- add column orders.status
ALTER TABLE orders DROP COLUMN status;

COMMIT;
