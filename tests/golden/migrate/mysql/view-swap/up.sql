-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- rename table history to report_schemata_tmp (on its way to report)
RENAME TABLE history TO report_schemata_tmp;

-- rename view report to history
RENAME TABLE report TO history;

-- rename table history to report (from report_schemata_tmp)
RENAME TABLE report_schemata_tmp TO report;

-- rename view open_orders to paid_orders_schemata_tmp (on its way to paid_orders)
RENAME TABLE open_orders TO paid_orders_schemata_tmp;

-- rename view paid_orders to open_orders
RENAME TABLE paid_orders TO open_orders;

-- rename view open_orders to paid_orders (from paid_orders_schemata_tmp)
RENAME TABLE paid_orders_schemata_tmp TO paid_orders;
