-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- alter enum order_status (values)
ALTER TYPE order_status RENAME TO order_status_old;
CREATE TYPE order_status AS ENUM ('pending');
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::text::order_status;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE order_status_old;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
