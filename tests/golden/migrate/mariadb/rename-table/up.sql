-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.purchases.purchases_check: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.purchases.purchases_customer_id_fkey: MariaDB 11 copies the table to add a foreign key (foreign_key_checks on), blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop view public.customer_totals (created again below)
DROP VIEW IF EXISTS customer_totals;

-- drop foreign key public.orders.orders_customer_id_fkey
ALTER TABLE orders DROP FOREIGN KEY IF EXISTS orders_customer_id_fkey, ALGORITHM=INPLACE, LOCK=NONE;

-- drop check constraint public.orders.orders_check
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_check;

-- rename table public.orders to public.purchases
RENAME TABLE orders TO purchases;

-- rename index public.purchases.orders_customer_id_idx to purchases_customer_id_idx
ALTER TABLE purchases RENAME INDEX orders_customer_id_idx TO purchases_customer_id_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index public.purchases.orders_created_at_idx to purchases_created_at_idx
ALTER TABLE purchases RENAME INDEX orders_created_at_idx TO purchases_created_at_idx, ALGORITHM=INPLACE, LOCK=NONE;

-- add check constraint public.purchases.purchases_check
ALTER TABLE purchases ADD CONSTRAINT purchases_check CHECK (total >= 0);

-- add foreign key public.purchases.purchases_customer_id_fkey
ALTER TABLE purchases ADD CONSTRAINT purchases_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM purchases GROUP BY customer_id;
