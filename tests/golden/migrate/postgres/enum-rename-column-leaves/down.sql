-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.item.old_size (type)
ALTER TABLE item ALTER COLUMN old_size TYPE fit USING old_size::fit;

-- revert: rename enum size to fit
ALTER TYPE fit RENAME TO size;

COMMIT;
