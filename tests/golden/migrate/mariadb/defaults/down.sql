-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.orders.created_at (default)
ALTER TABLE orders MODIFY COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- revert: alter column public.orders.total (default)
ALTER TABLE orders ALTER COLUMN total DROP DEFAULT, ALGORITHM=INSTANT;

-- revert: alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending', ALGORITHM=INSTANT;
