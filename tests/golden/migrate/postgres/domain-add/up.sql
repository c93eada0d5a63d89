-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- create domain year
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';

-- alter column public.film.release_year (type)
ALTER TABLE film ALTER COLUMN release_year TYPE year;

-- add column public.film.original_year
ALTER TABLE film ADD COLUMN IF NOT EXISTS original_year year NOT NULL DEFAULT 2000;

COMMIT;
