-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: add table tags
DROP TABLE IF EXISTS tags;

COMMIT;

PRAGMA foreign_keys = ON;
