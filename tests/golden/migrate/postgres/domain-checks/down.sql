-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: validate domain check public.year.year_check1
-- (outside the transaction)
-- (nothing to run)

-- revert: validate domain check public.year.year_check
-- (outside the transaction)
-- (nothing to run)

BEGIN;

-- revert: add domain check public.year.year_check1
ALTER DOMAIN year DROP CONSTRAINT IF EXISTS year_check1;

-- revert: alter domain check public.year.year_check (expression)
-- IRREVERSIBLE: The down puts the old check back; its VALIDATE fails if rows written since the up violate it (fix those rows first).
ALTER DOMAIN year DROP CONSTRAINT IF EXISTS year_check;
ALTER DOMAIN year ADD CONSTRAINT year_check CHECK (VALUE >= 1901) NOT VALID;

-- revert: rename domain check public.year.positive to year_positive
ALTER DOMAIN year RENAME CONSTRAINT year_positive TO positive;

-- revert: drop domain check public.year.not_1999
ALTER DOMAIN year ADD CONSTRAINT not_1999 CHECK (VALUE <> 1999) NOT VALID;

COMMIT;

-- validate domain check public.year.not_1999 (re-added NOT VALID above; fails if rows written since the up violate it)
ALTER DOMAIN year VALIDATE CONSTRAINT not_1999;
-- validate domain check public.year.year_check (re-added NOT VALID above; fails if rows written since the up violate it)
ALTER DOMAIN year VALIDATE CONSTRAINT year_check;
