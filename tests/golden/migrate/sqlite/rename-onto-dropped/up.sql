-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- drop view report_v2 (created again below)
DROP VIEW IF EXISTS report_v2;

-- drop view report
DROP VIEW IF EXISTS report;

-- drop table archive
DROP TABLE IF EXISTS archive;

-- rename table archive_v2 to archive
ALTER TABLE archive_v2 RENAME TO archive;

-- rebuild table orders: rename column orders.code; drop column orders.code; rename index orders.orders_code_ix; drop index orders.orders_code_ix
CREATE TABLE new_orders (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    total NUMERIC(10,2) NOT NULL,
    code VARCHAR(20)
);
INSERT INTO new_orders (id, total, code) SELECT id, total, code_v2 FROM orders;
DELETE FROM sqlite_sequence WHERE name = 'new_orders';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_orders', seq FROM sqlite_sequence WHERE name = 'orders';
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;
CREATE INDEX orders_code_ix ON orders (code);
PRAGMA foreign_key_check(orders);

-- rebuild table archive: its generated constraint names follow the new names
CREATE TABLE new_archive (
    id INTEGER CONSTRAINT archive_pkey PRIMARY KEY AUTOINCREMENT,
    total NUMERIC(10,2)
);
INSERT INTO new_archive (id, total) SELECT id, total FROM archive;
DELETE FROM sqlite_sequence WHERE name = 'new_archive';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_archive', seq FROM sqlite_sequence WHERE name = 'archive';
DROP TABLE archive;
ALTER TABLE new_archive RENAME TO archive;
PRAGMA foreign_key_check(archive);

-- create view report
CREATE VIEW IF NOT EXISTS report AS
SELECT sum(total) AS total FROM orders;

COMMIT;

PRAGMA foreign_keys = ON;
