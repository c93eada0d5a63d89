-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- rename table public.orders to public.purchases
ALTER TABLE IF EXISTS orders RENAME TO purchases;

-- rename primary key public.purchases.orders_pkey to purchases_pkey
ALTER TABLE purchases RENAME CONSTRAINT orders_pkey TO purchases_pkey;

-- rename check constraint public.purchases.orders_check to purchases_check
ALTER TABLE purchases RENAME CONSTRAINT orders_check TO purchases_check;

-- rename foreign key public.purchases.orders_customer_id_fkey to purchases_customer_id_fkey
ALTER TABLE purchases RENAME CONSTRAINT orders_customer_id_fkey TO purchases_customer_id_fkey;

-- rename index public.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER INDEX IF EXISTS orders_customer_id_idx RENAME TO purchases_customer_id_idx;

-- rename index public.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER INDEX IF EXISTS orders_created_at_idx RENAME TO purchases_created_at_idx;

-- alter column public.purchases.id
ALTER SEQUENCE IF EXISTS orders_id_seq RENAME TO purchases_id_seq;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM purchases GROUP BY customer_id;

COMMIT;
