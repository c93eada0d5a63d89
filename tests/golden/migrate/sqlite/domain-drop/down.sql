-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table film: alter column public.film.release_year (type); drop column public.film.original_year
-- IRREVERSIBLE: The rebuild of film drops the values of original_year; the down brings the column(s) back empty (NULL or their default), or filled with 0 or '' (the type's zero value) where NOT NULL without a default.
CREATE TABLE new_film (
    film_id INTEGER CONSTRAINT film_pkey PRIMARY KEY AUTOINCREMENT,
    title VARCHAR(255) NOT NULL,
    release_year INTEGER,
    original_year INTEGER NOT NULL DEFAULT 2000,
    CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155),
    CONSTRAINT film_original_year_year_check CHECK (original_year >= 1901 AND original_year <= 2155)
);
INSERT INTO new_film (film_id, title, release_year) SELECT film_id, title, release_year FROM film;
DELETE FROM sqlite_sequence WHERE name = 'new_film';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_film', seq FROM sqlite_sequence WHERE name = 'film';
DROP TABLE film;
ALTER TABLE new_film RENAME TO film;
PRAGMA foreign_key_check(film);

COMMIT;

PRAGMA foreign_keys = ON;
