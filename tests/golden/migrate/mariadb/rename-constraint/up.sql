-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.orders_total_nonnegative: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.orders.orders_customer_fk: MariaDB 11 copies the table to add a foreign key (foreign_key_checks on), blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP FOREIGN KEY IF EXISTS orders_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- drop check constraint public.orders.orders_check
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_check;

-- rename unique constraint public.customers.customers_email_key to customers_email_uniq
ALTER TABLE customers RENAME INDEX customers_email_key TO customers_email_uniq, ALGORITHM=INPLACE, LOCK=NONE;

-- add check constraint public.orders.orders_total_nonnegative
ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total >= 0);

-- add foreign key public.orders.orders_customer_fk
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
