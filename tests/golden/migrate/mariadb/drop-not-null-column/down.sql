-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: drop column public.orders.note
-- IRREVERSIBLE: The column's values are deleted; the down brings the column back filled with the type's implicit default (0, '', the zero date or the first enum value) in every row.
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note VARCHAR(40) NOT NULL AFTER total, ALGORITHM=INSTANT;

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
