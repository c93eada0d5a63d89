-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- rename schema sales to shop
ALTER SCHEMA sales RENAME TO shop;

-- rename table sales.orders to shop.purchases
ALTER TABLE IF EXISTS shop.orders RENAME TO purchases;

-- rename primary key shop.purchases.orders_pkey to purchases_pkey
ALTER TABLE shop.purchases RENAME CONSTRAINT orders_pkey TO purchases_pkey;

-- rename check constraint shop.purchases.orders_check to purchases_check
ALTER TABLE shop.purchases RENAME CONSTRAINT orders_check TO purchases_check;

-- rename foreign key shop.purchases.orders_customer_id_fkey to purchases_customer_id_fkey
ALTER TABLE shop.purchases RENAME CONSTRAINT orders_customer_id_fkey TO purchases_customer_id_fkey;

-- rename index shop.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER INDEX IF EXISTS shop.orders_customer_id_idx RENAME TO purchases_customer_id_idx;

-- rename index shop.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER INDEX IF EXISTS shop.orders_created_at_idx RENAME TO purchases_created_at_idx;

-- alter column shop.purchases.id
ALTER SEQUENCE IF EXISTS shop.orders_id_seq RENAME TO purchases_id_seq;

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM shop.purchases GROUP BY customer_id;

COMMIT;
