-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.orders.total (type)
-- IRREVERSIBLE: Changing the type from numeric(10,2) to numeric(8,2) can cut or reject values; the down cannot restore what was lost.
ALTER TABLE orders MODIFY COLUMN total DECIMAL(10,2);

-- revert: alter column public.customers.name (type)
ALTER TABLE customers MODIFY COLUMN name VARCHAR(80) NOT NULL;

-- revert: drop view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
