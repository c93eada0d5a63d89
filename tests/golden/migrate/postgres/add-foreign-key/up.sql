-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add column public.customers.referrer_id
ALTER TABLE customers ADD COLUMN IF NOT EXISTS referrer_id bigint;

-- add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers ADD CONSTRAINT customers_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL NOT VALID;

COMMIT;

-- validate foreign key public.customers.customers_referrer_id_fkey
-- (outside the transaction)
ALTER TABLE customers VALIDATE CONSTRAINT customers_referrer_id_fkey;
