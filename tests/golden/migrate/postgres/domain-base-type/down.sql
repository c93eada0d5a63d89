-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.film_years
DROP VIEW IF EXISTS film_years;

-- revert: rebuild domain year (base type)
-- IRREVERSIBLE: The down converts the columns back to the old base type; it fails if rows written since the up hold values the old type cannot.
ALTER TABLE film ALTER COLUMN release_year DROP DEFAULT;
ALTER TABLE film ALTER COLUMN release_year TYPE bigint;
DROP DOMAIN year;
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';
ALTER TABLE film ALTER COLUMN release_year TYPE year USING release_year::year;
ALTER TABLE film ALTER COLUMN release_year SET DEFAULT 2000;

-- revert: drop view public.film_years (created again below)
CREATE VIEW film_years AS
SELECT film_id, release_year FROM film;

COMMIT;
