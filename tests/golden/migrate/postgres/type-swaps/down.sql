-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename domain code to label (from label_schemata_tmp)
ALTER DOMAIN label RENAME TO label_schemata_tmp;

-- revert: rename domain label to code
ALTER DOMAIN code RENAME TO label;

-- revert: rename domain code to label_schemata_tmp (on its way to label)
ALTER DOMAIN label_schemata_tmp RENAME TO code;

-- revert: rename enum fit to grade (from grade_schemata_tmp)
ALTER TYPE grade RENAME TO grade_schemata_tmp;

-- revert: rename domain grade to fit
ALTER DOMAIN fit RENAME TO grade;

-- revert: rename enum fit to grade_schemata_tmp (on its way to grade)
ALTER TYPE grade_schemata_tmp RENAME TO fit;

-- revert: rename enum size to shade (from shade_schemata_tmp)
ALTER TYPE shade RENAME TO shade_schemata_tmp;

-- revert: rename enum shade to size
ALTER TYPE size RENAME TO shade;

-- revert: rename enum size to shade_schemata_tmp (on its way to shade)
ALTER TYPE shade_schemata_tmp RENAME TO size;

COMMIT;
