-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop index public.orders.orders_created_at_idx
DROP INDEX IF EXISTS orders_created_at_idx ON orders ALGORITHM=INPLACE LOCK=NONE;
