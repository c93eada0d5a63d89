-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename view public.open_orders to paid_orders (from paid_orders_schemata_tmp)
ALTER VIEW IF EXISTS paid_orders RENAME TO paid_orders_schemata_tmp;

-- revert: rename view public.paid_orders to public.open_orders
ALTER VIEW IF EXISTS open_orders RENAME TO paid_orders;

-- revert: rename view public.open_orders to paid_orders_schemata_tmp (on its way to paid_orders)
ALTER VIEW IF EXISTS paid_orders_schemata_tmp RENAME TO open_orders;

COMMIT;
