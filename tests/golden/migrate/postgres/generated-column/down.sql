-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: add column public.orders.gross
ALTER TABLE orders DROP COLUMN IF EXISTS gross;

COMMIT;
