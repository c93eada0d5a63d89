-- Schemata migration (up) for mysql
-- Not transactional: each DDL statement commits on its own, so a failed step leaves the steps before it applied.

-- alter column public.film.release_year
ALTER TABLE film MODIFY COLUMN release_year INT NOT NULL DEFAULT 2000, ALGORITHM=INPLACE, LOCK=NONE;
