-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: set not null public.customers.email (validated check)
-- (outside the transaction)
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
ALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;

BEGIN;

-- revert: alter column public.customers.email (nullable)
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_email_not_null;

-- revert: alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name SET NOT NULL;

COMMIT;
