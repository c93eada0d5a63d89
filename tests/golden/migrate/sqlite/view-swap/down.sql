-- Schemata migration (down) for sqlite

BEGIN;

-- revert: create view open_orders
DROP VIEW IF EXISTS open_orders;

-- revert: create view paid_orders
DROP VIEW IF EXISTS paid_orders;

-- revert: drop view open_orders (created again below)
CREATE VIEW IF NOT EXISTS open_orders AS
SELECT id, total FROM orders WHERE NOT paid;

-- revert: drop view paid_orders (created again below)
CREATE VIEW IF NOT EXISTS paid_orders AS
SELECT id, total FROM orders WHERE paid;

COMMIT;
