-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop check constraint public.orders.orders_check
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_check;

-- add check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total > 0) NOT VALID;

COMMIT;

-- validate check constraint public.orders.orders_check
-- (outside the transaction)
ALTER TABLE orders VALIDATE CONSTRAINT orders_check;
