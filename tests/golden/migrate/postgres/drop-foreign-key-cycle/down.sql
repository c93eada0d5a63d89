-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: drop table public.members
-- IRREVERSIBLE: The table's rows are deleted; the down creates it again empty.
CREATE TABLE members (
    id bigint NOT NULL,
    team_id bigint NOT NULL,
    CONSTRAINT members_pkey PRIMARY KEY (id)
);

-- revert: drop table public.teams
-- IRREVERSIBLE: The table's rows are deleted; the down creates it again empty.
CREATE TABLE teams (
    id bigint NOT NULL,
    captain_id bigint,
    CONSTRAINT teams_pkey PRIMARY KEY (id),
    CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES members (id)
);

-- revert: drop foreign key public.members.members_team_id_fkey
ALTER TABLE members ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);

COMMIT;
