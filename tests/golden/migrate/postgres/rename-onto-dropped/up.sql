-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

-- drop index public.orders.orders_code_ix
-- (outside the transaction)
DROP INDEX CONCURRENTLY IF EXISTS orders_code_ix;

BEGIN;

-- drop view public.report_v2 (created again below)
DROP VIEW IF EXISTS report_v2;

-- drop view public.report
DROP VIEW IF EXISTS report;

-- drop table public.archive
DROP TABLE IF EXISTS archive;

-- drop column public.orders.code
ALTER TABLE orders DROP COLUMN IF EXISTS code;

-- rename table public.archive_v2 to public.archive
ALTER TABLE IF EXISTS archive_v2 RENAME TO archive;

-- rename column public.orders.code_v2 to code
ALTER TABLE orders RENAME COLUMN code_v2 TO code;

-- rename index public.orders.orders_code_v2_ix to orders_code_ix
ALTER INDEX IF EXISTS orders_code_v2_ix RENAME TO orders_code_ix;

-- rename primary key public.archive.archive_v2_pkey to archive_pkey
ALTER TABLE archive RENAME CONSTRAINT archive_v2_pkey TO archive_pkey;

-- alter column public.archive.id
ALTER SEQUENCE IF EXISTS archive_v2_id_seq RENAME TO archive_id_seq;

-- create view public.report
CREATE VIEW report AS
SELECT sum(total) AS total FROM orders;

COMMIT;
