-- Schemata migration (up) for sqlite

BEGIN;

-- add table tags
CREATE TABLE IF NOT EXISTS tags (
    order_id BIGINT NOT NULL,
    label VARCHAR(40) NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (order_id, label),
    CONSTRAINT tags_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
);

COMMIT;
