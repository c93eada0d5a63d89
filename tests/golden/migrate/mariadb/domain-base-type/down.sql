-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: create view public.film_years
DROP VIEW IF EXISTS film_years;

-- revert: alter column public.film.release_year (type)
ALTER TABLE film MODIFY COLUMN release_year INT DEFAULT 2000;

-- revert: drop view public.film_years (created again below)
CREATE VIEW film_years AS
SELECT film_id, release_year FROM film;
