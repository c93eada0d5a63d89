-- Schemata migration (up) for sqlite

BEGIN;

-- add column orders.total_cents
ALTER TABLE orders ADD COLUMN total_cents BIGINT GENERATED ALWAYS AS (total * 100) VIRTUAL;

COMMIT;
