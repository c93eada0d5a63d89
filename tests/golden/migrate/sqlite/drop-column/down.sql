-- Schemata migration (down) for sqlite

BEGIN;

-- revert: drop column orders.note
-- IRREVERSIBLE: Dropping column orders.note deletes its values; the down adds it back empty (NULL or its default).
ALTER TABLE orders ADD COLUMN note TEXT;

COMMIT;
