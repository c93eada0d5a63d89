-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- rename column public.customers.name to full_name
ALTER TABLE customers RENAME COLUMN name TO full_name, ALGORITHM=INPLACE, LOCK=NONE;

-- alter column public.customers.full_name (type)
ALTER TABLE customers MODIFY COLUMN full_name VARCHAR(200) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
