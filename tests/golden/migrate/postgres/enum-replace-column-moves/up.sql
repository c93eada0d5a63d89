-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename enum size to size_schemata_tmp (dropped below)
ALTER TYPE size RENAME TO size_schemata_tmp;

-- rename enum size_v2 to size
ALTER TYPE size_v2 RENAME TO size;

-- alter column public.item.size (type)
ALTER TABLE item ALTER COLUMN size TYPE size USING size::text::size;

-- drop enum size (as size_schemata_tmp)
DROP TYPE IF EXISTS size_schemata_tmp;

COMMIT;
