-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter table public.customers (comment)
ALTER TABLE customers COMMENT = 'People who buy';

-- alter column public.customers.email (comment)
ALTER TABLE customers MODIFY COLUMN email VARCHAR(200) COMMENT 'Where receipts go';
