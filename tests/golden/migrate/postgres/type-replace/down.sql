-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: add column public.item.tone
ALTER TABLE item DROP COLUMN IF EXISTS tone;

-- revert: create enum shade
DROP TYPE IF EXISTS shade;

-- revert: rename domain label to code
ALTER DOMAIN code RENAME TO label;

-- revert: rename enum fit to size
ALTER TYPE size RENAME TO fit;

-- revert: drop enum shade
CREATE TYPE shade AS ENUM ('light', 'dark');

-- revert: drop enum size
CREATE TYPE size AS ENUM ('small', 'large');

-- revert: drop domain code
CREATE DOMAIN code AS varchar(20);

-- revert: drop column public.item.size
-- IRREVERSIBLE: The column's values are deleted; the down brings the column back filled with 'small' in every row.
ALTER TABLE item ADD COLUMN IF NOT EXISTS size size;
-- Backfill: existing rows get 'small' (the type's zero value); replace it with the value they should hold, and batch the UPDATE on a large table.
UPDATE item SET size = 'small' WHERE size IS NULL;
ALTER TABLE item ALTER COLUMN size SET NOT NULL;

-- revert: drop column public.item.code
-- IRREVERSIBLE: The column's values are deleted; the down adds it again without them (NULL or its default).
ALTER TABLE item ADD COLUMN IF NOT EXISTS code code;

COMMIT;
