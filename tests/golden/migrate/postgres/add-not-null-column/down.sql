-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: set not null public.customers.country (validated check)
-- (outside the transaction)
ALTER TABLE customers ALTER COLUMN country DROP NOT NULL;
ALTER TABLE customers ADD CONSTRAINT customers_country_not_null CHECK (country IS NOT NULL) NOT VALID;

BEGIN;

-- revert: add column public.customers.country
ALTER TABLE customers DROP COLUMN IF EXISTS country;

COMMIT;
