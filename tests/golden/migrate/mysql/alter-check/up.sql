-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.orders_check: MySQL 8 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop check constraint public.orders.orders_check
ALTER TABLE orders DROP CHECK orders_check;

-- add check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total > 0);
