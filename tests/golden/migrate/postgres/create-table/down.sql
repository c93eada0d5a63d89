-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create table public.payments
DROP TABLE IF EXISTS payments;

COMMIT;
