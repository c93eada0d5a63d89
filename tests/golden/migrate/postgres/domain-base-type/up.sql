-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.film_years (created again below)
DROP VIEW IF EXISTS film_years;

-- rebuild domain year (base type)
ALTER TABLE film ALTER COLUMN release_year DROP DEFAULT;
ALTER TABLE film ALTER COLUMN release_year TYPE integer;
DROP DOMAIN year;
CREATE DOMAIN year AS bigint CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';
ALTER TABLE film ALTER COLUMN release_year TYPE year USING release_year::year;
ALTER TABLE film ALTER COLUMN release_year SET DEFAULT 2000;

-- create view public.film_years
CREATE VIEW film_years AS
SELECT film_id, release_year FROM film;

COMMIT;
