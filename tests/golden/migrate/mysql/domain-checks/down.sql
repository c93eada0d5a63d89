-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: add check public.film.film_release_year_check (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_check;

-- revert: add check public.film.film_release_year_year_positive (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_year_positive;

-- revert: add check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film DROP CHECK film_release_year_year_check;

-- revert: drop check public.film.film_release_year_not_1999 (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_not_1999 CHECK (release_year <> 1999);

-- revert: drop check public.film.film_release_year_positive (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_positive CHECK (release_year > 0);

-- revert: drop check public.film.film_release_year_year_check (from the domain of column release_year)
ALTER TABLE film ADD CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901);
