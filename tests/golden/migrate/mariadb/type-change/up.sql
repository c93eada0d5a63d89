-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.total: MariaDB 11 copies the table to change a column's type, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- alter column public.customers.name (type)
ALTER TABLE customers MODIFY COLUMN name VARCHAR(120) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;

-- alter column public.orders.total (type)
ALTER TABLE orders MODIFY COLUMN total DECIMAL(8,2);
