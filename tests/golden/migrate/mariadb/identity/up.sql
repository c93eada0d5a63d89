-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.customers.id (identity)
ALTER TABLE customers MODIFY COLUMN id BIGINT NOT NULL;

-- add column public.orders.seq
ALTER TABLE orders ADD COLUMN IF NOT EXISTS seq INT NOT NULL, ALGORITHM=INSTANT;
