-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- drop table public.orders
DROP TABLE IF EXISTS orders;

COMMIT;
