-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- create index public.customers.customers_name_email_key
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS customers_name_email_key;

-- create index public.customers.customers_name_idx
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS customers_name_idx;
