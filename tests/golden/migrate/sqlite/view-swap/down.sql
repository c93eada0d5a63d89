-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: create view history
DROP VIEW IF EXISTS history;

-- revert: create view open_orders
DROP VIEW IF EXISTS open_orders;

-- revert: create view paid_orders
DROP VIEW IF EXISTS paid_orders;

-- revert: rebuild table report: its generated constraint names follow the new names
CREATE TABLE new_report (
    id INTEGER NOT NULL,
    note TEXT,
    CONSTRAINT history_pkey PRIMARY KEY (id)
);
INSERT INTO new_report (id, note) SELECT id, note FROM report;
DROP TABLE report;
ALTER TABLE new_report RENAME TO report;
PRAGMA foreign_key_check(report);

-- revert: rename table history to report
ALTER TABLE report RENAME TO history;

-- revert: drop view open_orders (created again below)
CREATE VIEW IF NOT EXISTS open_orders AS
SELECT id, total FROM orders WHERE NOT paid;

-- revert: drop view paid_orders (created again below)
CREATE VIEW IF NOT EXISTS paid_orders AS
SELECT id, total FROM orders WHERE paid;

-- revert: drop view report (created again below)
CREATE VIEW IF NOT EXISTS report AS
SELECT count(*) AS n FROM orders;

COMMIT;

PRAGMA foreign_keys = ON;
