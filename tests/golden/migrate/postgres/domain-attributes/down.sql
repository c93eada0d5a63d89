-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter domain year (default, not null, comment)
ALTER DOMAIN year DROP DEFAULT;
ALTER DOMAIN year DROP NOT NULL;
COMMENT ON DOMAIN year IS 'A year as MySQL''s YEAR type holds it';

COMMIT;
