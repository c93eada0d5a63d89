-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_id_fkey;

COMMIT;
