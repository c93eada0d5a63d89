-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create index public.customers.customers_name_email_key
ALTER TABLE customers DROP INDEX customers_name_email_key, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: create index public.customers.customers_name_idx
ALTER TABLE customers DROP INDEX customers_name_idx, ALGORITHM=INPLACE, LOCK=NONE;
