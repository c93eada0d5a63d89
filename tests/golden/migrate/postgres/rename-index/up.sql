-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename index public.orders.orders_created_at_idx to orders_recent_idx
ALTER INDEX IF EXISTS orders_created_at_idx RENAME TO orders_recent_idx;

COMMIT;
