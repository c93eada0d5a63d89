-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename table public.customers to crm.customers
ALTER TABLE IF EXISTS crm.customers SET SCHEMA public;

-- create schema crm
DROP SCHEMA IF EXISTS crm;

COMMIT;
