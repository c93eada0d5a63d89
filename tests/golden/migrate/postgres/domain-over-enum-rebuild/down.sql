-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter enum mpaa_rating (values)
ALTER TABLE film ALTER COLUMN rating DROP DEFAULT;
ALTER TABLE film ALTER COLUMN rating TYPE text USING rating::text;
DROP DOMAIN rating;
ALTER TYPE mpaa_rating RENAME TO mpaa_rating_old;
CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'R');
DROP TYPE mpaa_rating_old;
CREATE DOMAIN rating AS mpaa_rating DEFAULT 'G' NOT NULL;
COMMENT ON DOMAIN rating IS 'MPAA rating';
ALTER TABLE film ALTER COLUMN rating TYPE rating USING rating::rating;
ALTER TABLE film ALTER COLUMN rating SET DEFAULT 'PG';

COMMIT;
