-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.customer_totals
DROP VIEW IF EXISTS customer_totals;

-- revert: add foreign key public.purchases.purchases_customer_id_fkey
ALTER TABLE purchases DROP FOREIGN KEY IF EXISTS purchases_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: add check constraint public.purchases.purchases_check
ALTER TABLE purchases DROP CONSTRAINT IF EXISTS purchases_check;

-- revert: rename index public.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER TABLE purchases RENAME INDEX purchases_created_at_idx TO orders_created_at_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename index public.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER TABLE purchases RENAME INDEX purchases_customer_id_idx TO orders_customer_id_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename table public.orders to public.purchases
RENAME TABLE purchases TO orders;

-- revert: drop check constraint public.orders.orders_check
ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total >= 0);

-- revert: drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

-- revert: drop view public.customer_totals (created again below)
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
