-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: rename column points.x to y (from y_schemata_tmp)
ALTER TABLE points RENAME COLUMN y TO y_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column points.y to z
ALTER TABLE points RENAME COLUMN z TO y, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column points.z to x
ALTER TABLE points RENAME COLUMN x TO z, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column points.x to y_schemata_tmp (on its way to y)
ALTER TABLE points RENAME COLUMN y_schemata_tmp TO x, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename index people.people_first_idx to people_last_idx (from people_last_idx_schemata_tmp)
ALTER TABLE people RENAME INDEX people_last_idx TO people_last_idx_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename index people.people_last_idx to people_first_idx
ALTER TABLE people RENAME INDEX people_first_idx TO people_last_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename index people.people_first_idx to people_last_idx_schemata_tmp (on its way to people_last_idx)
ALTER TABLE people RENAME INDEX people_last_idx_schemata_tmp TO people_first_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column people.first_name to last_name (from last_name_schemata_tmp)
ALTER TABLE people RENAME COLUMN last_name TO last_name_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column people.last_name to first_name
ALTER TABLE people RENAME COLUMN first_name TO last_name, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column people.first_name to last_name_schemata_tmp (on its way to last_name)
ALTER TABLE people RENAME COLUMN last_name_schemata_tmp TO first_name, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename table alpha to beta (from beta_schemata_tmp)
RENAME TABLE beta TO beta_schemata_tmp;

-- revert: rename table beta to alpha
RENAME TABLE alpha TO beta;

-- revert: rename table alpha to beta_schemata_tmp (on its way to beta)
RENAME TABLE beta_schemata_tmp TO alpha;
