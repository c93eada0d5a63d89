-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- drop column public.orders.note
ALTER TABLE orders DROP COLUMN IF EXISTS note, ALGORITHM=INSTANT;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
