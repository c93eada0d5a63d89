-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.customers.name (nullable)
ALTER TABLE customers MODIFY COLUMN name VARCHAR(80);

-- alter column public.customers.email (nullable)
ALTER TABLE customers MODIFY COLUMN email VARCHAR(200) NOT NULL;

-- add column public.customers.country
ALTER TABLE customers ADD COLUMN country CHAR(2) NOT NULL;
