-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename domain year to film_year
ALTER DOMAIN year SET SCHEMA ref;
ALTER DOMAIN ref.year RENAME TO film_year;

COMMIT;
