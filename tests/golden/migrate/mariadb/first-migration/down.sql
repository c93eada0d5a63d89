-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: create table public.orders
DROP TABLE IF EXISTS orders;

-- revert: create table public.customers
DROP TABLE IF EXISTS customers;
