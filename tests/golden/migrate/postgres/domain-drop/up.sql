-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop column public.film.original_year
ALTER TABLE film DROP COLUMN IF EXISTS original_year;

-- alter column public.film.release_year (type)
ALTER TABLE film ALTER COLUMN release_year TYPE integer;

-- drop domain year
DROP DOMAIN IF EXISTS year;

COMMIT;
