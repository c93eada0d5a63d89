-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add column public.customers.country
ALTER TABLE customers DROP COLUMN IF EXISTS country, ALGORITHM=INSTANT;
