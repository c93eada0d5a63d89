-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.orders.status (default)
-- IRREVERSIBLE: The down removes enum values shipped from the column: it fails or loses data if rows written since the up hold them (update those rows first).
ALTER TABLE orders MODIFY COLUMN status ENUM('pending', 'paid') NOT NULL DEFAULT 'pending';
