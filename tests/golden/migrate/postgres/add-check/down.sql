-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: validate check constraint public.customers.customers_name_not_blank
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- revert: add check constraint public.customers.customers_name_not_blank
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_name_not_blank;

COMMIT;
