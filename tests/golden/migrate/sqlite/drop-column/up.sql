-- Schemata migration (up) for sqlite

BEGIN;

-- drop column orders.note
ALTER TABLE orders DROP COLUMN note;

COMMIT;
