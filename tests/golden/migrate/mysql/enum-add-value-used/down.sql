-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.orders.status (default)
ALTER TABLE orders MODIFY COLUMN status ENUM('pending', 'paid') NOT NULL DEFAULT 'pending';
