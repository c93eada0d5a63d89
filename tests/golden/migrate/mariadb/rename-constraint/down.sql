-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add foreign key public.orders.orders_customer_fk
ALTER TABLE orders DROP FOREIGN KEY IF EXISTS orders_customer_fk, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: add check constraint public.orders.orders_total_nonnegative
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_nonnegative;

-- revert: rename unique constraint public.customers.customers_email_key to customers_email_uniq
ALTER TABLE customers RENAME INDEX customers_email_uniq TO customers_email_key, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: drop check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total >= 0);

-- revert: drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
