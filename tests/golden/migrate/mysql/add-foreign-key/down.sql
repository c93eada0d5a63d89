-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers DROP FOREIGN KEY customers_referrer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE customers DROP INDEX customers_referrer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: add column public.customers.referrer_id
ALTER TABLE customers DROP COLUMN referrer_id, ALGORITHM=INSTANT;
