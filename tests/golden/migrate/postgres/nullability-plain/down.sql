-- Schemata migration (down) for postgres

BEGIN;

-- revert: add column public.customers.country
ALTER TABLE customers DROP COLUMN country;

-- revert: alter column public.customers.email (nullable)
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;

-- revert: alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name SET NOT NULL;

COMMIT;
