-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename view public.customer_totals to public.totals_by_customer
ALTER VIEW IF EXISTS customer_totals RENAME TO totals_by_customer;

COMMIT;
