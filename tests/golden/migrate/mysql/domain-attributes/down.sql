-- Schemata migration (down) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- revert: alter column public.film.release_year
ALTER TABLE film MODIFY COLUMN release_year INT, ALGORITHM=INPLACE, LOCK=NONE;
