-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: alter column public.purchases.id
ALTER SEQUENCE IF EXISTS purchases_id_seq RENAME TO orders_id_seq;

-- revert: rename index public.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER INDEX IF EXISTS purchases_created_at_idx RENAME TO orders_created_at_idx;

-- revert: rename index public.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER INDEX IF EXISTS purchases_customer_id_idx RENAME TO orders_customer_id_idx;

-- revert: rename foreign key public.purchases.orders_customer_id_fkey to purchases_customer_id_fkey
ALTER TABLE purchases RENAME CONSTRAINT purchases_customer_id_fkey TO orders_customer_id_fkey;

-- revert: rename check constraint public.purchases.orders_check to purchases_check
ALTER TABLE purchases RENAME CONSTRAINT purchases_check TO orders_check;

-- revert: rename primary key public.purchases.orders_pkey to purchases_pkey
ALTER TABLE purchases RENAME CONSTRAINT purchases_pkey TO orders_pkey;

-- revert: rename table public.orders to public.purchases
ALTER TABLE IF EXISTS purchases RENAME TO orders;

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

COMMIT;
