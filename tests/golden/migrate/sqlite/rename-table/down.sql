-- Schemata migration (down) for sqlite

BEGIN;

-- revert: rename table orders to purchases
ALTER TABLE purchases RENAME TO orders;

COMMIT;
