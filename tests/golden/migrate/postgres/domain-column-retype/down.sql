-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.film.original_year (type)
ALTER TABLE film ALTER COLUMN original_year TYPE year;

-- revert: alter column public.film.release_year (type)
-- IRREVERSIBLE: Changing the type from text to integer can cut or reject values; the down cannot restore what was lost.
ALTER TABLE film ALTER COLUMN release_year TYPE text USING release_year::text;

COMMIT;
