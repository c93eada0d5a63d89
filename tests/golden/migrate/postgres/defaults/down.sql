-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.orders.created_at (default)
ALTER TABLE orders ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP;

-- revert: alter column public.orders.total (default)
ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;

-- revert: alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';

COMMIT;
