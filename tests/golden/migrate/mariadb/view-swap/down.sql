-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: rename view open_orders to paid_orders (from paid_orders_schemata_tmp)
RENAME TABLE paid_orders TO paid_orders_schemata_tmp;

-- revert: rename view paid_orders to open_orders
RENAME TABLE open_orders TO paid_orders;

-- revert: rename view open_orders to paid_orders_schemata_tmp (on its way to paid_orders)
RENAME TABLE paid_orders_schemata_tmp TO open_orders;

-- revert: rename table history to report (from report_schemata_tmp)
RENAME TABLE report TO report_schemata_tmp;

-- revert: rename view report to history
RENAME TABLE history TO report;

-- revert: rename table history to report_schemata_tmp (on its way to report)
RENAME TABLE report_schemata_tmp TO history;
