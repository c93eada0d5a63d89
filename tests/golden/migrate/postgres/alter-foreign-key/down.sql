-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: validate foreign key public.orders.orders_customer_id_fkey
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- revert: add foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_customer_id_fkey;

-- revert: drop foreign key public.orders.orders_customer_id_fkey
-- IRREVERSIBLE: The down adds the foreign key back; it fails if rows written since the up point nowhere (fix those rows first).
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

COMMIT;

-- validate foreign key public.orders.orders_customer_id_fkey (re-added NOT VALID above; fails if rows written since the up violate it)
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
