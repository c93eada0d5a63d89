-- Schemata migration (down) for sqlite

BEGIN;

-- revert: add index orders.orders_total_idx
DROP INDEX IF EXISTS orders_total_idx;

COMMIT;
