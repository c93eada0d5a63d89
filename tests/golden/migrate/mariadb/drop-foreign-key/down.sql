-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: drop foreign key public.orders.orders_customer_id_fkey
-- IRREVERSIBLE: The down adds the foreign key back; it fails if rows written since the up point nowhere (fix those rows first).
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
