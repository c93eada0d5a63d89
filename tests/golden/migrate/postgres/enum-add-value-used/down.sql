-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: alter column public.orders.status (default)
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';

COMMIT;

-- revert: alter enum order_status (values)
-- IRREVERSIBLE: The down removes enum values shipped: it fails if rows written since the up hold them (update those rows first).
-- (outside the transaction)
ALTER TYPE order_status RENAME TO order_status_old;
CREATE TYPE order_status AS ENUM ('pending', 'paid');
ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
ALTER TABLE orders ALTER COLUMN status TYPE order_status USING status::text::order_status;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
DROP TYPE order_status_old;
