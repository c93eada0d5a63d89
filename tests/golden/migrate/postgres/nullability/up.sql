-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name DROP NOT NULL;

-- alter column public.customers.email (nullable)
ALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;

COMMIT;

-- set not null public.customers.email (validated check)
-- (outside the transaction)
ALTER TABLE customers VALIDATE CONSTRAINT customers_email_not_null;
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_email_not_null;
