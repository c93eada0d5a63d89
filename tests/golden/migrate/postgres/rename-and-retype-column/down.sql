-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.customers.full_name (type)
ALTER TABLE customers ALTER COLUMN full_name TYPE varchar(80);

-- revert: rename column public.customers.name to full_name
ALTER TABLE customers RENAME COLUMN full_name TO name;

COMMIT;
