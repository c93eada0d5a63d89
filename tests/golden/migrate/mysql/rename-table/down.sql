-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- add foreign key public.purchases.purchases_customer_id_fkey
ALTER TABLE purchases DROP FOREIGN KEY purchases_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- add check constraint public.purchases.purchases_check
ALTER TABLE purchases DROP CHECK purchases_check;

-- rename index public.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER TABLE purchases RENAME INDEX purchases_created_at_idx TO orders_created_at_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index public.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER TABLE purchases RENAME INDEX purchases_customer_id_idx TO orders_customer_id_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- rename table public.orders to public.purchases
RENAME TABLE purchases TO orders;

-- drop check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total >= 0);

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

-- drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
