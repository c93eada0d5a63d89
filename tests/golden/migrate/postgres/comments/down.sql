-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.customers.email (comment)
COMMENT ON COLUMN customers.email IS NULL;

-- alter table public.customers (comment)
COMMENT ON TABLE customers IS NULL;

COMMIT;
