-- Schemata migration (up) for sqlite

BEGIN;

-- add table players
CREATE TABLE IF NOT EXISTS players (
    id INTEGER CONSTRAINT players_pkey PRIMARY KEY AUTOINCREMENT,
    team_id BIGINT NOT NULL,
    CONSTRAINT players_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE CASCADE
);

-- add table teams
CREATE TABLE IF NOT EXISTS teams (
    id INTEGER CONSTRAINT teams_pkey PRIMARY KEY AUTOINCREMENT,
    captain_id BIGINT,
    CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES players (id)
);

COMMIT;
