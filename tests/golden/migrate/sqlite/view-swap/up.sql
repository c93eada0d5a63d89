-- Schemata migration (up) for sqlite

BEGIN;

-- drop view paid_orders (created again below)
DROP VIEW IF EXISTS paid_orders;

-- drop view open_orders (created again below)
DROP VIEW IF EXISTS open_orders;

-- create view paid_orders
CREATE VIEW IF NOT EXISTS paid_orders AS
SELECT id, total FROM orders WHERE NOT paid;

-- create view open_orders
CREATE VIEW IF NOT EXISTS open_orders AS
SELECT id, total FROM orders WHERE paid;

COMMIT;
