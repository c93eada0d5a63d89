-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- drop view film_years (created again below)
DROP VIEW IF EXISTS film_years;

-- rebuild table film: alter column public.film.release_year (type)
CREATE TABLE new_film (
    film_id INTEGER CONSTRAINT film_pkey PRIMARY KEY AUTOINCREMENT,
    title VARCHAR(255) NOT NULL,
    release_year BIGINT DEFAULT 2000,
    CONSTRAINT film_release_year_year_check CHECK (release_year >= 1901 AND release_year <= 2155)
);
INSERT INTO new_film (film_id, title, release_year) SELECT film_id, title, release_year FROM film;
DELETE FROM sqlite_sequence WHERE name = 'new_film';
INSERT INTO sqlite_sequence (name, seq) SELECT 'new_film', seq FROM sqlite_sequence WHERE name = 'film';
DROP TABLE film;
ALTER TABLE new_film RENAME TO film;
PRAGMA foreign_key_check(film);

-- create view film_years
CREATE VIEW IF NOT EXISTS film_years AS
SELECT film_id, release_year FROM film;

COMMIT;

PRAGMA foreign_keys = ON;
