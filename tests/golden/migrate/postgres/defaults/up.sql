-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'paid';

-- alter column public.orders.total (default)
ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;

-- alter column public.orders.created_at (default)
ALTER TABLE orders ALTER COLUMN created_at DROP DEFAULT;

COMMIT;
