-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.orders.created_at (default)
ALTER TABLE orders ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP;

-- alter column public.orders.total (default)
ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;

-- alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';

COMMIT;
