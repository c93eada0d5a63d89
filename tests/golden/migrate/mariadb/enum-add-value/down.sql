-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: alter column public.orders.status
-- IRREVERSIBLE: The down removes enum values cancelled, shipped from the column: it fails or loses data if rows written since the up hold them (update those rows first).
ALTER TABLE orders MODIFY COLUMN status ENUM('pending', 'paid') NOT NULL DEFAULT 'pending';

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
