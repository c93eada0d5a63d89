-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: drop table public.members
-- IRREVERSIBLE: The table's rows are deleted; the down creates it again empty.
CREATE TABLE members (
    id BIGINT NOT NULL,
    team_id BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- revert: drop table public.teams
-- IRREVERSIBLE: The table's rows are deleted; the down creates it again empty.
CREATE TABLE teams (
    id BIGINT NOT NULL,
    captain_id BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- revert: drop foreign key public.members.members_team_id_fkey
ALTER TABLE members ADD CONSTRAINT members_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);
