-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- create table public.payments
DROP TABLE IF EXISTS payments;

COMMIT;
