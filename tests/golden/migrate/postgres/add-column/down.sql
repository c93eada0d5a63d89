-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: add column public.orders.shipped_at
ALTER TABLE orders DROP COLUMN IF EXISTS shipped_at;

-- revert: add column public.orders.priority
ALTER TABLE orders DROP COLUMN IF EXISTS priority;

COMMIT;
