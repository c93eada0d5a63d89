-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- rename view public.customer_totals to public.totals_by_customer
RENAME TABLE customer_totals TO totals_by_customer;
