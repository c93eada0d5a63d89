-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP FOREIGN KEY IF EXISTS orders_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;
