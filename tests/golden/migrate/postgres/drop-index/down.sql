-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: drop index public.orders.orders_created_at_idx
-- (outside the transaction)
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at DESC);
