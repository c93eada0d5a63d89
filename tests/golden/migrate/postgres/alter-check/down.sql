-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- validate check constraint public.orders.orders_check
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- add check constraint public.orders.orders_check
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_check;

-- drop check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total >= 0);

COMMIT;
