-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- add column public.orders.priority
ALTER TABLE orders ADD COLUMN priority INT NOT NULL DEFAULT 0 AFTER status, ALGORITHM=INSTANT;

-- add column public.orders.shipped_at
ALTER TABLE orders ADD COLUMN shipped_at DATETIME, ALGORITHM=INSTANT;
