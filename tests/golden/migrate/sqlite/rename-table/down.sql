-- Schemata migration (down) for sqlite

BEGIN;

-- rename table orders to purchases
ALTER TABLE purchases RENAME TO orders;

COMMIT;
