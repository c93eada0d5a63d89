-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- drop table orders
DROP TABLE IF EXISTS orders;

COMMIT;

PRAGMA foreign_keys = ON;
