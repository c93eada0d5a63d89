-- Schemata migration (up) for sqlite

BEGIN;

-- add index orders.orders_total_idx
CREATE INDEX IF NOT EXISTS orders_total_idx ON orders (total DESC) WHERE total > 0;

COMMIT;
