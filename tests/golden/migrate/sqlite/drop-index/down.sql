-- Schemata migration (down) for sqlite

BEGIN;

-- revert: drop index customers.customers_email_idx
CREATE INDEX IF NOT EXISTS customers_email_idx ON customers (email);

COMMIT;
