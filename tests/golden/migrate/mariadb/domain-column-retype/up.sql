-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.film.release_year: MariaDB 11 copies the table to change a column's type, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.film.film_release_year_year_check: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop check public.film.film_original_year_year_check (from the domain of column original_year)
ALTER TABLE film DROP CONSTRAINT IF EXISTS film_original_year_year_check;

-- alter column public.film.release_year (type)
ALTER TABLE film MODIFY COLUMN release_year INT;

-- add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155);
