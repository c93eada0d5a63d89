-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.orders.gross: MariaDB 11 copies the table to add an AUTO_INCREMENT, stored generated or expression-default column, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- add column public.orders.gross
ALTER TABLE orders ADD COLUMN IF NOT EXISTS gross DECIMAL(12,2) GENERATED ALWAYS AS (total * 1.2) STORED;
