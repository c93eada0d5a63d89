-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: add table teams
DROP TABLE IF EXISTS teams;

-- revert: add table players
DROP TABLE IF EXISTS players;

COMMIT;

PRAGMA foreign_keys = ON;
