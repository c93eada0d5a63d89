-- Schemata migration (up) for postgres

BEGIN;

-- alter column public.customers.name (nullable)
ALTER TABLE customers ALTER COLUMN name DROP NOT NULL;

-- alter column public.customers.email (nullable)
ALTER TABLE customers ALTER COLUMN email SET NOT NULL;

-- add column public.customers.country
ALTER TABLE customers ADD COLUMN country char(2);
-- Backfill: existing rows get '' (the type's zero value); replace it with the value they should hold, and batch the UPDATE on a large table.
UPDATE customers SET country = '' WHERE country IS NULL;
ALTER TABLE customers ALTER COLUMN country SET NOT NULL;

COMMIT;
