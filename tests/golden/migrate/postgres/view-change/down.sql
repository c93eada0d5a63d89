-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.big_orders
DROP VIEW IF EXISTS big_orders;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
