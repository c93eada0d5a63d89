-- Schemata migration (down) for sqlite

BEGIN;

-- revert: add column orders.total_cents
ALTER TABLE orders DROP COLUMN total_cents;

COMMIT;
