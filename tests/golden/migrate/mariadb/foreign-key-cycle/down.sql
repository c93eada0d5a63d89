-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add foreign key public.members.members_team_id_fkey
ALTER TABLE members DROP FOREIGN KEY IF EXISTS members_team_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE members DROP INDEX IF EXISTS members_team_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: create table public.teams
DROP TABLE IF EXISTS teams;

-- revert: create table public.members
DROP TABLE IF EXISTS members;
