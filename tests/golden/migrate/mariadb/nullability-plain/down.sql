-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add column public.customers.country
ALTER TABLE customers DROP COLUMN country;

-- revert: alter column public.customers.email (nullable)
ALTER TABLE customers MODIFY COLUMN email VARCHAR(200);

-- revert: alter column public.customers.name (nullable)
ALTER TABLE customers MODIFY COLUMN name VARCHAR(80) NOT NULL;
