-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- drop table public.orders
DROP TABLE IF EXISTS orders;
