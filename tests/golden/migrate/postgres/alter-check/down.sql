-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: validate check constraint public.orders.orders_check
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- revert: add check constraint public.orders.orders_check
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_check;

-- revert: drop check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total >= 0) NOT VALID;

COMMIT;

-- validate check constraint public.orders.orders_check (re-added NOT VALID above; fails if rows written since the up violate it)
ALTER TABLE orders VALIDATE CONSTRAINT orders_check;
