-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename column public.customers.name to full_name
ALTER TABLE customers RENAME COLUMN name TO full_name;

-- alter column public.customers.full_name (type)
ALTER TABLE customers ALTER COLUMN full_name TYPE varchar(200);

COMMIT;
