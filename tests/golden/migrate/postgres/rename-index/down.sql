-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename index public.orders.orders_created_at_idx to orders_recent_idx
ALTER INDEX IF EXISTS orders_recent_idx RENAME TO orders_created_at_idx;

COMMIT;
