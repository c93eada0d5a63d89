-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop domain check public.year.not_1999
ALTER DOMAIN year DROP CONSTRAINT IF EXISTS not_1999;

-- rename domain check public.year.positive to year_positive
ALTER DOMAIN year RENAME CONSTRAINT positive TO year_positive;

-- alter domain check public.year.year_check (expression)
ALTER DOMAIN year DROP CONSTRAINT IF EXISTS year_check;
ALTER DOMAIN year ADD CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155) NOT VALID;

-- add domain check public.year.year_check1
ALTER DOMAIN year ADD CONSTRAINT year_check1 CHECK (VALUE <> 2100) NOT VALID;

COMMIT;

-- validate domain check public.year.year_check
-- (outside the transaction)
ALTER DOMAIN year VALIDATE CONSTRAINT year_check;

-- validate domain check public.year.year_check1
-- (outside the transaction)
ALTER DOMAIN year VALIDATE CONSTRAINT year_check1;
