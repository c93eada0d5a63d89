-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.customers.email (comment)
COMMENT ON COLUMN customers.email IS NULL;

-- revert: alter table public.customers (comment)
COMMENT ON TABLE customers IS NULL;

COMMIT;
