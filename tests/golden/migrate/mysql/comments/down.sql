-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.customers.email (comment)
ALTER TABLE customers MODIFY COLUMN email VARCHAR(200);

-- revert: alter table public.customers (comment)
ALTER TABLE customers COMMENT = '';
