-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.customers.id (identity)
ALTER TABLE customers ALTER COLUMN id DROP IDENTITY IF EXISTS;

-- add column public.orders.seq
ALTER TABLE orders ADD COLUMN IF NOT EXISTS seq integer;
-- Backfill: existing rows get 0 (the type's zero value); replace it with the value they should hold, and batch the UPDATE on a large table.
UPDATE orders SET seq = 0 WHERE seq IS NULL;
ALTER TABLE orders ADD CONSTRAINT orders_seq_not_null CHECK (seq IS NOT NULL) NOT VALID;

COMMIT;

-- set not null public.orders.seq (validated check)
-- (outside the transaction)
ALTER TABLE orders VALIDATE CONSTRAINT orders_seq_not_null;
ALTER TABLE orders ALTER COLUMN seq SET NOT NULL;
ALTER TABLE orders DROP CONSTRAINT orders_seq_not_null;
