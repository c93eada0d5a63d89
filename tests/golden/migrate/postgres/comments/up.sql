-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter table public.customers (comment)
COMMENT ON TABLE customers IS 'People who buy';

-- alter column public.customers.email (comment)
COMMENT ON COLUMN customers.email IS 'Where receipts go';

COMMIT;
