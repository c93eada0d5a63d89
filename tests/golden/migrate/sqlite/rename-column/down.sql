-- Schemata migration (down) for sqlite

BEGIN;

-- revert: rename column orders.remark
ALTER TABLE orders RENAME COLUMN remark TO note;

COMMIT;
