-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add column public.orders.seq
ALTER TABLE orders DROP COLUMN IF EXISTS seq, ALGORITHM=INSTANT;

-- revert: alter column public.customers.id (identity)
ALTER TABLE customers MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;
