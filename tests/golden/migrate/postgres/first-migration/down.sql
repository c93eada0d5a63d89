-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: create table public.orders
DROP TABLE IF EXISTS orders;

-- revert: create table public.customers
DROP TABLE IF EXISTS customers;

-- revert: create enum order_status
DROP TYPE IF EXISTS order_status;

-- revert: create schema public (its comment)
COMMENT ON SCHEMA public IS 'standard public schema';

COMMIT;
