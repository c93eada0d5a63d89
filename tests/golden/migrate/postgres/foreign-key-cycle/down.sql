-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: add foreign key public.members.members_team_id_fkey
ALTER TABLE members DROP CONSTRAINT IF EXISTS members_team_id_fkey;

-- revert: create table public.teams
DROP TABLE IF EXISTS teams;

-- revert: create table public.members
DROP TABLE IF EXISTS members;

COMMIT;
