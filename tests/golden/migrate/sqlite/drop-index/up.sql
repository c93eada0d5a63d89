-- Schemata migration (up) for sqlite

BEGIN;

-- drop index customers.customers_email_idx
DROP INDEX IF EXISTS customers_email_idx;

COMMIT;
