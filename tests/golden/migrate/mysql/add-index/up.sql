-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- create index public.customers.customers_name_idx
CREATE INDEX customers_name_idx ON customers (name) ALGORITHM=INPLACE LOCK=NONE;

-- create index public.customers.customers_name_email_key
CREATE UNIQUE INDEX customers_name_email_key ON customers (name, email) ALGORITHM=INPLACE LOCK=NONE;
