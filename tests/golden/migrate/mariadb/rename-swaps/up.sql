-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- rename table alpha to beta_schemata_tmp (on its way to beta)
RENAME TABLE alpha TO beta_schemata_tmp;

-- rename table beta to alpha
RENAME TABLE beta TO alpha;

-- rename table alpha to beta (from beta_schemata_tmp)
RENAME TABLE beta_schemata_tmp TO beta;

-- rename column people.first_name to last_name_schemata_tmp (on its way to last_name)
ALTER TABLE people RENAME COLUMN first_name TO last_name_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column people.last_name to first_name
ALTER TABLE people RENAME COLUMN last_name TO first_name, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column people.first_name to last_name (from last_name_schemata_tmp)
ALTER TABLE people RENAME COLUMN last_name_schemata_tmp TO last_name, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index people.people_first_idx to people_last_idx_schemata_tmp (on its way to people_last_idx)
ALTER TABLE people RENAME INDEX people_first_idx TO people_last_idx_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index people.people_last_idx to people_first_idx
ALTER TABLE people RENAME INDEX people_last_idx TO people_first_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index people.people_first_idx to people_last_idx (from people_last_idx_schemata_tmp)
ALTER TABLE people RENAME INDEX people_last_idx_schemata_tmp TO people_last_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column points.x to y_schemata_tmp (on its way to y)
ALTER TABLE points RENAME COLUMN x TO y_schemata_tmp, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column points.z to x
ALTER TABLE points RENAME COLUMN z TO x, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column points.y to z
ALTER TABLE points RENAME COLUMN y TO z, ALGORITHM=INPLACE, LOCK=NONE;

-- rename column points.x to y (from y_schemata_tmp)
ALTER TABLE points RENAME COLUMN y_schemata_tmp TO y, ALGORITHM=INPLACE, LOCK=NONE;
