-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: drop domain year
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';

-- revert: alter column public.film.release_year (type)
ALTER TABLE film ALTER COLUMN release_year TYPE year;

-- revert: drop column public.film.original_year
-- IRREVERSIBLE: The column's values are deleted; the down adds it again without them (NULL or its default).
ALTER TABLE film ADD COLUMN IF NOT EXISTS original_year year NOT NULL DEFAULT 2000;

COMMIT;
