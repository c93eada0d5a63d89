-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- drop view report (created again below)
DROP VIEW IF EXISTS report;

-- drop view paid_orders (created again below)
DROP VIEW IF EXISTS paid_orders;

-- drop view open_orders (created again below)
DROP VIEW IF EXISTS open_orders;

-- rename table history to report
ALTER TABLE history RENAME TO report;

-- rebuild table report: its generated constraint names follow the new names
CREATE TABLE new_report (
    id INTEGER NOT NULL,
    note TEXT,
    CONSTRAINT report_pkey PRIMARY KEY (id)
);
INSERT INTO new_report (id, note) SELECT id, note FROM report;
DROP TABLE report;
ALTER TABLE new_report RENAME TO report;
PRAGMA foreign_key_check(report);

-- create view paid_orders
CREATE VIEW IF NOT EXISTS paid_orders AS
SELECT id, total FROM orders WHERE NOT paid;

-- create view open_orders
CREATE VIEW IF NOT EXISTS open_orders AS
SELECT id, total FROM orders WHERE paid;

-- create view history
CREATE VIEW IF NOT EXISTS history AS
SELECT count(*) AS n FROM orders;

COMMIT;

PRAGMA foreign_keys = ON;
