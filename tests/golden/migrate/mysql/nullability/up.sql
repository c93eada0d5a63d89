-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.customers.name (nullable)
ALTER TABLE customers MODIFY COLUMN name VARCHAR(80), ALGORITHM=INPLACE, LOCK=NONE;

-- alter column public.customers.email (nullable)
ALTER TABLE customers MODIFY COLUMN email VARCHAR(200) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
