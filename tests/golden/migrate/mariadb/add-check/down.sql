-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add check constraint public.customers.customers_name_not_blank
ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_name_not_blank;
