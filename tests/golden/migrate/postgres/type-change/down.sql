-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.orders.total (type)
-- IRREVERSIBLE: Changing the type from numeric(10,2) to numeric(8,2) can cut or reject values; the down cannot restore what was lost.
ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,2);

-- revert: alter column public.customers.name (type)
ALTER TABLE customers ALTER COLUMN name TYPE varchar(80);

-- revert: drop view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
