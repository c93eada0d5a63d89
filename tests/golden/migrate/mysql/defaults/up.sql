-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'paid', ALGORITHM=INSTANT;

-- alter column public.orders.total (default)
ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0, ALGORITHM=INSTANT;

-- alter column public.orders.created_at (default)
ALTER TABLE orders ALTER COLUMN created_at DROP DEFAULT, ALGORITHM=INSTANT;
