-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create index public.orders.orders_created_at_status_idx
ALTER TABLE orders DROP INDEX orders_created_at_status_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: drop index public.orders.orders_created_at_idx
CREATE INDEX orders_created_at_idx ON orders (created_at DESC) ALGORITHM=INPLACE LOCK=NONE;
