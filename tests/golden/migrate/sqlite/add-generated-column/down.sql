-- Schemata migration (down) for sqlite

BEGIN;

-- add column orders.total_cents
ALTER TABLE orders DROP COLUMN total_cents;

COMMIT;
