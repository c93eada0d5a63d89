-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers DROP FOREIGN KEY IF EXISTS customers_referrer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE customers DROP INDEX IF EXISTS customers_referrer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: add column public.customers.referrer_id
ALTER TABLE customers DROP COLUMN IF EXISTS referrer_id, ALGORITHM=INSTANT;
