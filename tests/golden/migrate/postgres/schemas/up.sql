-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- create schema crm
CREATE SCHEMA crm;
COMMENT ON SCHEMA crm IS 'Customer data';

-- rename table public.customers to crm.customers
ALTER TABLE IF EXISTS customers SET SCHEMA crm;

COMMIT;
