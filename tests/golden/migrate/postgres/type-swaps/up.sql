-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename enum size to shade_schemata_tmp (on its way to shade)
ALTER TYPE size RENAME TO shade_schemata_tmp;

-- rename enum shade to size
ALTER TYPE shade RENAME TO size;

-- rename enum size to shade (from shade_schemata_tmp)
ALTER TYPE shade_schemata_tmp RENAME TO shade;

-- rename enum fit to grade_schemata_tmp (on its way to grade)
ALTER TYPE fit RENAME TO grade_schemata_tmp;

-- rename domain grade to fit
ALTER DOMAIN grade RENAME TO fit;

-- rename enum fit to grade (from grade_schemata_tmp)
ALTER TYPE grade_schemata_tmp RENAME TO grade;

-- rename domain code to label_schemata_tmp (on its way to label)
ALTER DOMAIN code RENAME TO label_schemata_tmp;

-- rename domain label to code
ALTER DOMAIN label RENAME TO code;

-- rename domain code to label (from label_schemata_tmp)
ALTER DOMAIN label_schemata_tmp RENAME TO label;

COMMIT;
