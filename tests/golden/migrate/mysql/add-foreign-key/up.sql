-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.customers.customers_referrer_id_fkey: MySQL 8 copies the table to add a foreign key (foreign_key_checks on), blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- add column public.customers.referrer_id
ALTER TABLE customers ADD COLUMN referrer_id BIGINT, ALGORITHM=INSTANT;

-- add foreign key public.customers.customers_referrer_id_fkey
ALTER TABLE customers ADD CONSTRAINT customers_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES customers (id) ON DELETE SET NULL;
