-- Schemata migration (up) for sqlite

BEGIN;

-- rename column orders.remark
ALTER TABLE orders RENAME COLUMN note TO remark;

COMMIT;
