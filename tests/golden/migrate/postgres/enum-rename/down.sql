-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename enum order_status to purchase_status
ALTER TYPE purchase_status RENAME TO order_status;

COMMIT;
