-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: create view report
DROP VIEW IF EXISTS report;

-- revert: rebuild table archive: its generated constraint names follow the new names
CREATE TABLE new_archive (
    id INTEGER CONSTRAINT archive_v2_pkey PRIMARY KEY AUTOINCREMENT,
    total NUMERIC(10,2)
);
INSERT INTO new_archive (id, total) SELECT id, total FROM archive;
DELETE FROM sqlite_sequence WHERE name = 'new_archive';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_archive', seq FROM sqlite_sequence WHERE name = 'archive';
DROP TABLE archive;
ALTER TABLE new_archive RENAME TO archive;
PRAGMA foreign_key_check(archive);

-- revert: rebuild table orders: rename column orders.code; drop column orders.code; rename index orders.orders_code_ix; drop index orders.orders_code_ix
-- IRREVERSIBLE: The rebuild of orders drops the values of code; the down brings the column(s) back empty (NULL or their default), or filled with 0 or '' (the type's zero value) where NOT NULL without a default.
CREATE TABLE new_orders (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    total NUMERIC(10,2) NOT NULL,
    code INTEGER,
    code_v2 VARCHAR(20)
);
INSERT INTO new_orders (id, total, code_v2) SELECT id, total, code FROM orders;
DELETE FROM sqlite_sequence WHERE name = 'new_orders';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_orders', seq FROM sqlite_sequence WHERE name = 'orders';
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;
CREATE INDEX orders_code_ix ON orders (code);
CREATE INDEX orders_code_v2_ix ON orders (code_v2);
PRAGMA foreign_key_check(orders);

-- revert: rename table archive_v2 to archive
ALTER TABLE archive RENAME TO archive_v2;

-- revert: drop table archive
-- IRREVERSIBLE: Dropping table archive deletes its rows; the down recreates it empty.
CREATE TABLE IF NOT EXISTS archive (
    id INTEGER CONSTRAINT archive_pkey PRIMARY KEY AUTOINCREMENT,
    note TEXT
);

-- revert: drop view report
CREATE VIEW IF NOT EXISTS report AS
SELECT count(*) AS n FROM orders;

-- revert: drop view report_v2 (created again below)
CREATE VIEW IF NOT EXISTS report_v2 AS
SELECT sum(total) AS total FROM orders;

COMMIT;

PRAGMA foreign_keys = ON;
