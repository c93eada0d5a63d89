-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename domain year to film_year
ALTER DOMAIN ref.film_year SET SCHEMA public;
ALTER DOMAIN film_year RENAME TO year;

COMMIT;
