-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- create table public.orders
DROP TABLE IF EXISTS orders;

-- create table public.customers
DROP TABLE IF EXISTS customers;

-- create enum order_status
DROP TYPE IF EXISTS order_status;

-- create schema public (its comment)
COMMENT ON SCHEMA public IS 'standard public schema';

COMMIT;
