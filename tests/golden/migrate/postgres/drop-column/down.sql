-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: drop column public.orders.note
-- IRREVERSIBLE: The column's values are deleted; the down adds it again without them (NULL or its default).
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
