-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add column public.customers.country
ALTER TABLE customers ADD COLUMN IF NOT EXISTS country char(2);
-- Backfill: existing rows get '' (the type's zero value); replace it with the value they should hold, and batch the UPDATE on a large table.
UPDATE customers SET country = '' WHERE country IS NULL;
ALTER TABLE customers ADD CONSTRAINT customers_country_not_null CHECK (country IS NOT NULL) NOT VALID;

COMMIT;

-- set not null public.customers.country (validated check)
-- (outside the transaction)
ALTER TABLE customers VALIDATE CONSTRAINT customers_country_not_null;
ALTER TABLE customers ALTER COLUMN country SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_country_not_null;
