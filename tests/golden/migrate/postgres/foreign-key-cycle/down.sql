-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- add foreign key public.members.members_team_id_fkey
ALTER TABLE members DROP CONSTRAINT IF EXISTS members_team_id_fkey;

-- create table public.teams
DROP TABLE IF EXISTS teams;

-- create table public.members
DROP TABLE IF EXISTS members;

COMMIT;
