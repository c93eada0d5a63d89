-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: rename view public.customer_totals to public.totals_by_customer
RENAME TABLE totals_by_customer TO customer_totals;
