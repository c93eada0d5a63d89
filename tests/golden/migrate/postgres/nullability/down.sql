-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- set not null public.customers.email (validated check)
-- (outside the transaction)
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
ALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;

BEGIN;

-- alter column public.customers.email (nullable)
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_email_not_null;

-- alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name SET NOT NULL;

COMMIT;
