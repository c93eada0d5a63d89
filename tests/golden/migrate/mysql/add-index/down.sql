-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- create index public.customers.customers_name_email_key
DROP INDEX customers_name_email_key ON customers ALGORITHM=INPLACE LOCK=NONE;

-- create index public.customers.customers_name_idx
DROP INDEX customers_name_idx ON customers ALGORITHM=INPLACE LOCK=NONE;
