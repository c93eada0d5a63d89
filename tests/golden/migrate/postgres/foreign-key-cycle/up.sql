-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- create table public.members
CREATE TABLE members (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (id)
);

-- create table public.teams
CREATE TABLE teams (
    id bigint NOT NULL,
    captain_id bigint,
    CONSTRAINT teams_pkey PRIMARY KEY (id),
    CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES members (id)
);

-- add foreign key public.members.members_team_id_fkey
ALTER TABLE members ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);

COMMIT;
