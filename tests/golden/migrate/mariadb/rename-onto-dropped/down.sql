-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view report
DROP VIEW IF EXISTS report;

-- revert: rename index orders.orders_code_v2_ix to orders_code_ix
ALTER TABLE orders RENAME INDEX orders_code_ix TO orders_code_v2_ix, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename column orders.code_v2 to code
ALTER TABLE orders RENAME COLUMN code TO code_v2, ALGORITHM=INPLACE, LOCK=NONE;

-- revert: rename table archive_v2 to archive
RENAME TABLE archive TO archive_v2;

-- revert: drop column orders.code
-- IRREVERSIBLE: The column's values are deleted; the down adds it again without them (NULL or its default).
ALTER TABLE orders ADD COLUMN IF NOT EXISTS code INT AFTER total, ALGORITHM=INSTANT;

-- revert: drop index orders.orders_code_ix
CREATE INDEX IF NOT EXISTS orders_code_ix ON orders (code) ALGORITHM=INPLACE LOCK=NONE;

-- revert: drop table archive
-- IRREVERSIBLE: The table's rows are deleted; the down creates it again empty.
CREATE TABLE archive (
    id BIGINT NOT NULL AUTO_INCREMENT,
    note LONGTEXT,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- revert: drop view report
CREATE VIEW report AS
SELECT count(*) AS n FROM orders;

-- revert: drop view report_v2 (created again below)
CREATE VIEW report_v2 AS
SELECT sum(total) AS total FROM orders;
