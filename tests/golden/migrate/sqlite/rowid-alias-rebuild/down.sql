-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table orders: alter column orders.note (type)
CREATE TABLE new_orders (
    id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER,
    note TEXT,
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES client (id)
);
INSERT INTO new_orders (id, customer_id, note) SELECT id, customer_id, note FROM orders;
DELETE FROM sqlite_sequence WHERE name = 'new_orders';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_orders', seq FROM sqlite_sequence WHERE name = 'orders';
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;
PRAGMA foreign_key_check(orders);

-- revert: rebuild table client: alter column client.email (type)
CREATE TABLE new_client (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);
INSERT INTO new_client (id, name, email) SELECT id, name, email FROM client;
DROP TABLE client;
ALTER TABLE new_client RENAME TO client;
PRAGMA foreign_key_check(client);

-- revert: rename table customer to client
ALTER TABLE client RENAME TO customer;

COMMIT;

PRAGMA foreign_keys = ON;
