-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- rebuild table film: alter column public.film.release_year (type); drop column public.film.original_year
CREATE TABLE new_film (
    film_id INTEGER CONSTRAINT film_pkey PRIMARY KEY AUTOINCREMENT,
    title VARCHAR(255) NOT NULL,
    release_year INTEGER
);
INSERT INTO new_film (film_id, title, release_year) SELECT film_id, title, release_year FROM film;
DELETE FROM sqlite_sequence WHERE name = 'new_film';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_film', seq FROM sqlite_sequence WHERE name = 'film';
DROP TABLE film;
ALTER TABLE new_film RENAME TO film;
PRAGMA foreign_key_check(film);

COMMIT;

PRAGMA foreign_keys = ON;
