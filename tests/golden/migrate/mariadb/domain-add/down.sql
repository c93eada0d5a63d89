-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add check public.film.film_original_year_year_check (from the domain of column original_year)
ALTER TABLE film DROP CONSTRAINT IF EXISTS film_original_year_year_check;

-- revert: add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film DROP CONSTRAINT IF EXISTS film_release_year_year_check;

-- revert: add column public.film.original_year
ALTER TABLE film DROP COLUMN IF EXISTS original_year, ALGORITHM=INSTANT;
