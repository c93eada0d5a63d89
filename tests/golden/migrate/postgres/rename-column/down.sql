-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename unique constraint public.customers.customers_email_key to customers_email_address_key
ALTER TABLE customers RENAME CONSTRAINT customers_email_address_key TO customers_email_key;

-- revert: rename column public.customers.email to email_address
ALTER TABLE customers RENAME COLUMN email_address TO email;

COMMIT;
