-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add column public.orders.priority
ALTER TABLE orders ADD COLUMN IF NOT EXISTS priority integer NOT NULL DEFAULT 0;

-- add column public.orders.shipped_at
ALTER TABLE orders ADD COLUMN IF NOT EXISTS shipped_at timestamptz;

COMMIT;
