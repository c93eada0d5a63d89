-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add column public.orders.shipped_at
ALTER TABLE orders DROP COLUMN IF EXISTS shipped_at, ALGORITHM=INSTANT;

-- revert: add column public.orders.priority
ALTER TABLE orders DROP COLUMN IF EXISTS priority, ALGORITHM=INSTANT;
