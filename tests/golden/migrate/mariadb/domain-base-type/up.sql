-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.film.release_year: MariaDB 11 copies the table to change a column's type, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop view public.film_years (created again below)
DROP VIEW IF EXISTS film_years;

-- alter column public.film.release_year (type)
ALTER TABLE film MODIFY COLUMN release_year BIGINT DEFAULT 2000;

-- create view public.film_years
CREATE VIEW film_years AS
SELECT film_id, release_year FROM film;
