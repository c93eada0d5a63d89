-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add check constraint public.customers.customers_name_not_blank
ALTER TABLE customers ADD CONSTRAINT customers_name_not_blank CHECK (name <> '') NOT VALID;

COMMIT;

-- validate check constraint public.customers.customers_name_not_blank
-- (outside the transaction)
ALTER TABLE customers VALIDATE CONSTRAINT customers_name_not_blank;
