-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: add column public.film.original_year
ALTER TABLE film DROP COLUMN IF EXISTS original_year;

-- revert: alter column public.film.release_year (type)
ALTER TABLE film ALTER COLUMN release_year TYPE integer;

-- revert: create domain year
DROP DOMAIN IF EXISTS year;

COMMIT;
