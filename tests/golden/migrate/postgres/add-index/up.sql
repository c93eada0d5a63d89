-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

-- create index public.customers.customers_name_idx
-- (outside the transaction)
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_name_idx ON customers (name);

-- create index public.customers.customers_name_email_key
-- (outside the transaction)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customers_name_email_key ON customers (name, email);
