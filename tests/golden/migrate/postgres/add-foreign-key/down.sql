-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: validate foreign key public.customers.customers_referrer_id_fkey
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- revert: add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_referrer_id_fkey;

-- revert: add column public.customers.referrer_id
ALTER TABLE customers DROP COLUMN IF EXISTS referrer_id;

COMMIT;
