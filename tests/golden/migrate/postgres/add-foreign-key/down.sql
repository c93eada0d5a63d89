-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- validate foreign key public.customers.customers_referrer_id_fkey
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_referrer_id_fkey;

-- add column public.customers.referrer_id
ALTER TABLE customers DROP COLUMN IF EXISTS referrer_id;

COMMIT;
