-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename domain check public.rating.rating_min to rating_max (from rating_max_schemata_tmp)
ALTER DOMAIN rating RENAME CONSTRAINT rating_max TO rating_max_schemata_tmp;

-- revert: rename domain check public.rating.rating_max to rating_min
ALTER DOMAIN rating RENAME CONSTRAINT rating_min TO rating_max;

-- revert: rename domain check public.rating.rating_min to rating_max_schemata_tmp (on its way to rating_max)
ALTER DOMAIN rating RENAME CONSTRAINT rating_max_schemata_tmp TO rating_min;

COMMIT;
