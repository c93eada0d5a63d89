-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- add column public.customers.country
ALTER TABLE customers ADD COLUMN country CHAR(2) NOT NULL, ALGORITHM=INSTANT;
