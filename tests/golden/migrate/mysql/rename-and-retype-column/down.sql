-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.customers.full_name (type)
ALTER TABLE customers MODIFY COLUMN full_name VARCHAR(80) NOT NULL;

-- revert: rename column public.customers.name to full_name
ALTER TABLE customers RENAME COLUMN full_name TO name, ALGORITHM=INPLACE, LOCK=NONE;
