-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- alter column public.customers.name (type)
ALTER TABLE customers ALTER COLUMN name TYPE varchar(120);

-- alter column public.orders.total (type)
ALTER TABLE orders ALTER COLUMN total TYPE numeric(8,2);

COMMIT;
