-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: alter column public.orders.total (type)
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
