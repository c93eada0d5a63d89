-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: drop enum size (as size_schemata_tmp)
CREATE TYPE size_schemata_tmp AS ENUM ('small', 'large');

-- revert: alter column public.item.size (type)
-- IRREVERSIBLE: Changing the type from enum to enum can cut or reject values; the down cannot restore what was lost.
ALTER TABLE item ALTER COLUMN size TYPE size_schemata_tmp USING size::text::size_schemata_tmp;

-- revert: rename enum size_v2 to size
ALTER TYPE size RENAME TO size_v2;

-- revert: rename enum size to size_schemata_tmp (dropped below)
ALTER TYPE size_schemata_tmp RENAME TO size;

COMMIT;
