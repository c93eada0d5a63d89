-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- drop column public.orders.note
ALTER TABLE orders DROP COLUMN IF EXISTS note;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
