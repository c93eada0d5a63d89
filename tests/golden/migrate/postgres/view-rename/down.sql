-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename view public.customer_totals to public.totals_by_customer
ALTER VIEW IF EXISTS totals_by_customer RENAME TO customer_totals;

COMMIT;
