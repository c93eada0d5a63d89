-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column beta.id
ALTER SEQUENCE IF EXISTS beta_id_seq RENAME TO beta_id_seq_schemata_tmp;
ALTER SEQUENCE IF EXISTS alpha_id_seq RENAME TO beta_id_seq;
ALTER SEQUENCE IF EXISTS beta_id_seq_schemata_tmp RENAME TO alpha_id_seq;

-- revert: rename column points.x to y (from y_schemata_tmp)
ALTER TABLE points RENAME COLUMN y TO y_schemata_tmp;

-- revert: rename column points.y to z
ALTER TABLE points RENAME COLUMN z TO y;

-- revert: rename column points.z to x
ALTER TABLE points RENAME COLUMN x TO z;

-- revert: rename column points.x to y_schemata_tmp (on its way to y)
ALTER TABLE points RENAME COLUMN y_schemata_tmp TO x;

-- revert: rename index people.people_first_idx to people_last_idx (from people_last_idx_schemata_tmp)
ALTER INDEX IF EXISTS people_last_idx RENAME TO people_last_idx_schemata_tmp;

-- revert: rename index people.people_last_idx to people_first_idx
ALTER INDEX IF EXISTS people_first_idx RENAME TO people_last_idx;

-- revert: rename index people.people_first_idx to people_last_idx_schemata_tmp (on its way to people_last_idx)
ALTER INDEX IF EXISTS people_last_idx_schemata_tmp RENAME TO people_first_idx;

-- revert: rename column people.first_name to last_name (from last_name_schemata_tmp)
ALTER TABLE people RENAME COLUMN last_name TO last_name_schemata_tmp;

-- revert: rename column people.last_name to first_name
ALTER TABLE people RENAME COLUMN first_name TO last_name;

-- revert: rename column people.first_name to last_name_schemata_tmp (on its way to last_name)
ALTER TABLE people RENAME COLUMN last_name_schemata_tmp TO first_name;

-- revert: rename primary key beta.alpha_pkey to beta_pkey (from beta_pkey_schemata_tmp)
ALTER TABLE beta RENAME CONSTRAINT beta_pkey TO beta_pkey_schemata_tmp;

-- revert: rename primary key alpha.beta_pkey to alpha_pkey
ALTER TABLE alpha RENAME CONSTRAINT alpha_pkey TO beta_pkey;

-- revert: rename primary key beta.alpha_pkey to beta_pkey_schemata_tmp (on its way to beta_pkey)
ALTER TABLE beta RENAME CONSTRAINT beta_pkey_schemata_tmp TO alpha_pkey;

-- revert: rename table alpha to beta (from beta_schemata_tmp)
ALTER TABLE IF EXISTS beta RENAME TO beta_schemata_tmp;

-- revert: rename table beta to alpha
ALTER TABLE IF EXISTS alpha RENAME TO beta;

-- revert: rename table alpha to beta_schemata_tmp (on its way to beta)
ALTER TABLE IF EXISTS beta_schemata_tmp RENAME TO alpha;

COMMIT;
