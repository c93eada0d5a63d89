-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename domain score to points_schemata_tmp (on its way to points)
ALTER DOMAIN score RENAME TO points_schemata_tmp;

-- rename domain points to score
ALTER DOMAIN points RENAME TO score;

-- rename domain score to points (from points_schemata_tmp)
ALTER DOMAIN points_schemata_tmp RENAME TO points;

-- rebuild domain points (base type)
ALTER TABLE game ALTER COLUMN score DROP DEFAULT;
ALTER TABLE game ALTER COLUMN score TYPE integer;
DROP DOMAIN points;
CREATE DOMAIN points AS bigint CONSTRAINT points_check CHECK (VALUE >= 0);
ALTER TABLE game ALTER COLUMN score TYPE points USING score::points;
ALTER TABLE game ALTER COLUMN score SET DEFAULT 0;

-- rename domain check public.score.points_check to score_check
ALTER DOMAIN score RENAME CONSTRAINT points_check TO score_check;

COMMIT;
