-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rebuild domain year (base type)
ALTER TABLE film ALTER COLUMN release_year TYPE integer;
ALTER TABLE film ALTER COLUMN original_year TYPE integer;
DROP DOMAIN year;
CREATE DOMAIN year AS bigint CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';
ALTER TABLE film ALTER COLUMN release_year TYPE year USING release_year::year;

-- alter column public.film.original_year (type)
ALTER TABLE film ALTER COLUMN original_year TYPE integer;

COMMIT;
