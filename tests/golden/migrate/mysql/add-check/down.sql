-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add check constraint public.customers.customers_name_not_blank
ALTER TABLE customers DROP CHECK customers_name_not_blank;
