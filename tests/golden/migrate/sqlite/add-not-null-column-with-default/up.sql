-- Schemata migration (up) for sqlite

BEGIN;

-- add column orders.status
ALTER TABLE orders ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';

COMMIT;
