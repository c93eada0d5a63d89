-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.film.original_year (type)
ALTER TABLE film ALTER COLUMN original_year TYPE year;

-- revert: rebuild domain year (base type)
-- IRREVERSIBLE: The down converts the columns back to the old base type; it fails if rows written since the up hold values the old type cannot.
ALTER TABLE film ALTER COLUMN release_year TYPE bigint;
ALTER TABLE film ALTER COLUMN original_year TYPE bigint;
DROP DOMAIN year;
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';
ALTER TABLE film ALTER COLUMN release_year TYPE year USING release_year::year;
ALTER TABLE film ALTER COLUMN original_year TYPE year USING original_year::year;

COMMIT;
