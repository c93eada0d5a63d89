-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: drop column public.film.original_year
-- IRREVERSIBLE: The column's values are deleted; the down adds it again without them (NULL or its default).
ALTER TABLE film ADD COLUMN original_year INT NOT NULL DEFAULT 2000, ALGORITHM=INSTANT;

-- revert: drop check public.film.film_original_year_year_check (from the domain of column original_year)
ALTER TABLE film ADD CONSTRAINT film_original_year_year_check CHECK (original_year >= 1901 AND original_year <= 2155);

-- revert: drop check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155);
