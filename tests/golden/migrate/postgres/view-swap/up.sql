-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename table public.history to report_schemata_tmp (on its way to report)
ALTER TABLE IF EXISTS history RENAME TO report_schemata_tmp;

-- rename view public.report to public.history
ALTER VIEW IF EXISTS report RENAME TO history;

-- rename table public.history to report (from report_schemata_tmp)
ALTER TABLE IF EXISTS report_schemata_tmp RENAME TO report;

-- rename view public.open_orders to paid_orders_schemata_tmp (on its way to paid_orders)
ALTER VIEW IF EXISTS open_orders RENAME TO paid_orders_schemata_tmp;

-- rename view public.paid_orders to public.open_orders
ALTER VIEW IF EXISTS paid_orders RENAME TO open_orders;

-- rename view public.open_orders to paid_orders (from paid_orders_schemata_tmp)
ALTER VIEW IF EXISTS paid_orders_schemata_tmp RENAME TO paid_orders;

-- rename primary key public.report.history_pkey to report_pkey
ALTER TABLE report RENAME CONSTRAINT history_pkey TO report_pkey;

COMMIT;
