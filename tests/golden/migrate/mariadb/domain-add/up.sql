-- Schemata migration (up) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.film.film_release_year_year_check: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.film.film_original_year_year_check: MariaDB 11 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- add column public.film.original_year
ALTER TABLE film ADD COLUMN IF NOT EXISTS original_year INT NOT NULL DEFAULT 2000, ALGORITHM=INSTANT;

-- add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155);

-- add check public.film.film_original_year_year_check (from the domain of column original_year)
ALTER TABLE film ADD CONSTRAINT film_original_year_year_check CHECK (original_year >= 1901 AND original_year <= 2155);
