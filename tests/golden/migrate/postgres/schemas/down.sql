-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename table public.customers to crm.customers
ALTER TABLE IF EXISTS crm.customers SET SCHEMA public;

-- revert: create schema crm
DROP SCHEMA IF EXISTS crm;

COMMIT;
