-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: alter column public.orders.total (type)
ALTER TABLE orders MODIFY COLUMN total DECIMAL(10,2);

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
