-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.
-- warning[table-copy] public.film.film_release_year_year_check: MySQL 8 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.film.film_release_year_year_positive: MySQL 8 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).
-- warning[table-copy] public.film.film_release_year_check: MySQL 8 copies the table to add a CHECK constraint, blocking writes until the copy is done (run it in a quiet window or with an online schema change tool such as gh-ost or pt-online-schema-change).

-- drop check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_year_check;

-- drop check public.film.film_release_year_positive (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_positive;

-- drop check public.film.film_release_year_not_1999 (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_not_1999;

-- add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155);

-- add check public.film.film_release_year_year_positive (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_positive CHECK (release_year > 0);

-- add check public.film.film_release_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_check CHECK (release_year <> 2100);
