-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename domain check public.score.points_check to score_check
ALTER DOMAIN score RENAME CONSTRAINT score_check TO points_check;

-- revert: rebuild domain points (base type)
-- IRREVERSIBLE: The down converts the columns back to the old base type; it fails if rows written since the up hold values the old type cannot.
ALTER TABLE game ALTER COLUMN score DROP DEFAULT;
ALTER TABLE game ALTER COLUMN score TYPE bigint;
DROP DOMAIN points;
CREATE DOMAIN points AS integer CONSTRAINT score_check CHECK (VALUE >= 0);
ALTER TABLE game ALTER COLUMN score TYPE points USING score::points;
ALTER TABLE game ALTER COLUMN score SET DEFAULT 0;

-- revert: rename domain score to points (from points_schemata_tmp)
ALTER DOMAIN points RENAME TO points_schemata_tmp;

-- revert: rename domain points to score
ALTER DOMAIN score RENAME TO points;

-- revert: rename domain score to points_schemata_tmp (on its way to points)
ALTER DOMAIN points_schemata_tmp RENAME TO score;

COMMIT;
