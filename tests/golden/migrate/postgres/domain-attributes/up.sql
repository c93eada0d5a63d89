-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- alter domain year (default, not null, comment)
ALTER DOMAIN year SET DEFAULT 2000;
ALTER DOMAIN year SET NOT NULL;
COMMENT ON DOMAIN year IS 'A film''s year';

COMMIT;
