-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.orders_customer_id_fkey: MySQL 8 copies the table to add a foreign key (foreign_key_checks on), blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP FOREIGN KEY orders_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- add foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;
