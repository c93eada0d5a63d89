-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

-- drop index public.orders.orders_created_at_idx
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;
