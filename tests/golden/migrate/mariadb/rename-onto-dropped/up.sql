-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- drop view report_v2 (created again below)
DROP VIEW IF EXISTS report_v2;

-- drop view report
DROP VIEW IF EXISTS report;

-- drop table archive
DROP TABLE IF EXISTS archive;

-- drop index orders.orders_code_ix
ALTER TABLE orders DROP INDEX IF EXISTS orders_code_ix, ALGORITHM=INPLACE, LOCK=NONE;

-- drop column orders.code
ALTER TABLE orders DROP COLUMN IF EXISTS code, ALGORITHM=INSTANT;

-- rename table archive_v2 to archive
RENAME TABLE archive_v2 TO archive;

-- rename column orders.code_v2 to code
ALTER TABLE orders RENAME COLUMN code_v2 TO code, ALGORITHM=INPLACE, LOCK=NONE;

-- rename index orders.orders_code_v2_ix to orders_code_ix
ALTER TABLE orders RENAME INDEX orders_code_v2_ix TO orders_code_ix, ALGORITHM=INPLACE, LOCK=NONE;

-- create view report
CREATE VIEW report AS
SELECT sum(total) AS total FROM orders;
