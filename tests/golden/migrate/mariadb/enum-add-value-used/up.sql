-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.orders.status (default)
ALTER TABLE orders MODIFY COLUMN status ENUM('pending', 'paid', 'shipped') NOT NULL DEFAULT 'shipped';
