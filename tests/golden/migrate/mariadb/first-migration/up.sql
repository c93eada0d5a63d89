-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- create table public.customers
CREATE TABLE customers (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(80) NOT NULL,
    email VARCHAR(200) COMMENT 'Where receipts go',
    PRIMARY KEY (id),
    CONSTRAINT customers_email_key UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='People who buy';

-- create table public.orders
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    customer_id BIGINT NOT NULL,
    status ENUM('pending', 'paid') NOT NULL DEFAULT 'pending',
    total DECIMAL(10,2),
    note LONGTEXT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT orders_check CHECK (total >= 0),
    CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_created_at_idx ON orders (created_at DESC);

-- create view public.customer_totals
CREATE VIEW customer_totals AS
SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
