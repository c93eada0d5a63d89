-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter column public.film.release_year (type)
ALTER TABLE film ALTER COLUMN release_year TYPE year USING release_year::year;

-- alter column public.film.original_year (type)
ALTER TABLE film ALTER COLUMN original_year TYPE integer;

COMMIT;
