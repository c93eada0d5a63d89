-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add column public.orders.gross
ALTER TABLE orders ADD COLUMN IF NOT EXISTS gross numeric(12,2) GENERATED ALWAYS AS (total * 1.2) STORED;

COMMIT;
