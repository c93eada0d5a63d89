-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.status: MariaDB 11 copies the table to change ENUM values other than by appending them, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- alter column public.orders.status
ALTER TABLE orders MODIFY COLUMN status ENUM('pending', 'cancelled', 'paid', 'shipped') NOT NULL DEFAULT 'pending';

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
