-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

-- revert: create index public.customers.customers_name_email_key
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS customers_name_email_key;

-- revert: create index public.customers.customers_name_idx
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS customers_name_idx;
