-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

-- alter enum order_status (values)
-- (outside the transaction)
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'shipped' AFTER 'paid';

BEGIN;

-- alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'shipped';

COMMIT;
