-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- add table teams
DROP TABLE IF EXISTS teams;

-- add table players
DROP TABLE IF EXISTS players;

COMMIT;

PRAGMA foreign_keys = ON;
