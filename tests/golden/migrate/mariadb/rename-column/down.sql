-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: rename unique constraint public.customers.customers_email_key to customers_email_address_key
ALTER TABLE customers RENAME INDEX customers_email_address_key TO customers_email_key, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column public.customers.email to email_address
ALTER TABLE customers RENAME COLUMN email_address TO email, ALGORITHM=INPLACE, LOCK=NONE;
