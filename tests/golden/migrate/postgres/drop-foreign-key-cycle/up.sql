-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop foreign key public.members.members_team_id_fkey
ALTER TABLE members DROP CONSTRAINT IF EXISTS members_team_id_fkey;

-- drop table public.teams
DROP TABLE IF EXISTS teams;

-- drop table public.members
DROP TABLE IF EXISTS members;

COMMIT;
