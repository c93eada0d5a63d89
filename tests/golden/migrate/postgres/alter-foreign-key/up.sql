-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_id_fkey;

-- add foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;

COMMIT;

-- validate foreign key public.orders.orders_customer_id_fkey
-- (outside the transaction)
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
