-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, count(*) AS orders, sum(total) AS total FROM orders GROUP BY customer_id;

-- create view public.big_orders
CREATE VIEW big_orders AS
SELECT id, total FROM orders WHERE total > 1000;
