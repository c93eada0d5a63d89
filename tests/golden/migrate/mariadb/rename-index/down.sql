-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: rename index public.orders.orders_created_at_idx to orders_recent_idx
ALTER TABLE orders RENAME INDEX orders_recent_idx TO orders_created_at_idx, ALGORITHM=INPLACE, LOCK=NONE;
