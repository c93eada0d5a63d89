-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.customers.customers_name_not_blank: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- add check constraint public.customers.customers_name_not_blank
ALTER TABLE customers ADD CONSTRAINT customers_name_not_blank CHECK (name <> '');
