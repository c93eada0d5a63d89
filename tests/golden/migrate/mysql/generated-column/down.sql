-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add column public.orders.gross
ALTER TABLE orders DROP COLUMN gross, ALGORITHM=INSTANT;
