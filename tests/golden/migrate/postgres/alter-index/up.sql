-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

-- drop index public.orders.orders_created_at_idx
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;

-- create index public.orders.orders_created_at_status_idx
-- (outside the transaction)
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_status_idx ON orders (created_at DESC, status);
