-- Schemata migration (down) for mariadb
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film DROP CONSTRAINT IF EXISTS film_release_year_year_check;

-- revert: alter column public.film.release_year (type)
-- IRREVERSIBLE: Changing the type from text to integer can cut or reject values; the down cannot restore what was lost.
ALTER TABLE film MODIFY COLUMN release_year LONGTEXT;

-- revert: drop check public.film.film_original_year_year_check (from the domain of column original_year)
ALTER TABLE film ADD CONSTRAINT film_original_year_year_check CHECK (original_year >= 1901 AND original_year <= 2155);
