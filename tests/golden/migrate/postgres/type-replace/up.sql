-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop column public.item.code
ALTER TABLE item DROP COLUMN IF EXISTS code;

-- drop column public.item.size
ALTER TABLE item DROP COLUMN IF EXISTS size;

-- drop domain code
DROP DOMAIN IF EXISTS code;

-- drop enum size
DROP TYPE IF EXISTS size;

-- drop enum shade
DROP TYPE IF EXISTS shade;

-- rename enum fit to size
ALTER TYPE fit RENAME TO size;

-- rename domain label to code
ALTER DOMAIN label RENAME TO code;

-- create enum shade
CREATE TYPE shade AS ENUM ('pale', 'deep');

-- add column public.item.tone
ALTER TABLE item ADD COLUMN IF NOT EXISTS tone shade;

COMMIT;
