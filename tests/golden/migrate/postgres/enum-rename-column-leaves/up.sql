-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename enum size to fit
ALTER TYPE size RENAME TO fit;

-- alter column public.item.old_size (type)
ALTER TABLE item ALTER COLUMN old_size TYPE text USING old_size::text::text;

COMMIT;
