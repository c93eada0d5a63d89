-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop foreign key public.members.members_team_id_fkey
ALTER TABLE members DROP FOREIGN KEY IF EXISTS members_team_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE members DROP INDEX IF EXISTS members_team_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- drop table public.teams
DROP TABLE IF EXISTS teams;

-- drop table public.members
DROP TABLE IF EXISTS members;
