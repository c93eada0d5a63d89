-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- rename column public.customers.email to email_address
ALTER TABLE customers RENAME COLUMN email TO email_address, ALGORITHM=INPLACE, LOCK=NONE;

-- rename unique constraint public.customers.customers_email_key to customers_email_address_key
ALTER TABLE customers RENAME INDEX customers_email_key TO customers_email_address_key, ALGORITHM=INPLACE, LOCK=NONE;
