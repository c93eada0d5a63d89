-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: drop column public.orders.note
-- IRREVERSIBLE: The column's values are deleted; the down brings the column back filled with '' in every row.
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note varchar(40);
-- Backfill: existing rows get '' (the type's zero value); replace it with the value they should hold, and batch the UPDATE on a large table.
UPDATE orders SET note = '' WHERE note IS NULL;
ALTER TABLE orders ALTER COLUMN note SET NOT NULL;

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
