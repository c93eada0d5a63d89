-- Schemata migration (up) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- rename enum order_status to purchase_status
ALTER TYPE order_status RENAME TO purchase_status;

COMMIT;
