-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename foreign key public.orders.orders_customer_id_fkey to orders_customer_fk
ALTER TABLE orders RENAME CONSTRAINT orders_customer_fk TO orders_customer_id_fkey;

-- revert: rename check constraint public.orders.orders_check to orders_total_nonnegative
ALTER TABLE orders RENAME CONSTRAINT orders_total_nonnegative TO orders_check;

-- revert: rename unique constraint public.customers.customers_email_key to customers_email_uniq
ALTER TABLE customers RENAME CONSTRAINT customers_email_uniq TO customers_email_key;

COMMIT;
