-- Schemata migration (down) for postgres

BEGIN;

-- add column public.customers.country
ALTER TABLE customers DROP COLUMN country;

-- alter column public.customers.email (nullable)
ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;

-- alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name SET NOT NULL;

COMMIT;
