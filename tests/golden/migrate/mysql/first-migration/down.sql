-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- create table public.orders
DROP TABLE IF EXISTS orders;

-- create table public.customers
DROP TABLE IF EXISTS customers;
