-- Schemata migration (up) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- rename table author to book_renaming (on its way to book)
ALTER TABLE author RENAME TO book_renaming;

-- rename table book to author
ALTER TABLE book RENAME TO author;

-- rename table author to book
ALTER TABLE book_renaming RENAME TO book;

-- rebuild table book: alter column book.name (type)
CREATE TABLE new_book (
    id INTEGER NOT NULL,
    best_book_id INTEGER,
    name TEXT,
    CONSTRAINT author_pkey PRIMARY KEY (id),
    CONSTRAINT author_best_book_fkey FOREIGN KEY (best_book_id) REFERENCES author (id)
);
INSERT INTO new_book (id, best_book_id, name) SELECT id, best_book_id, name FROM book;
DROP TABLE book;
ALTER TABLE new_book RENAME TO book;
PRAGMA foreign_key_check(book);

-- rebuild table author: alter column author.title (type)
CREATE TABLE new_author (
    id INTEGER NOT NULL,
    author_id INTEGER,
    title TEXT,
    CONSTRAINT book_pkey PRIMARY KEY (id),
    CONSTRAINT book_author_fkey FOREIGN KEY (author_id) REFERENCES book (id)
);
INSERT INTO new_author (id, author_id, title) SELECT id, author_id, title FROM author;
DROP TABLE author;
ALTER TABLE new_author RENAME TO author;
PRAGMA foreign_key_check(author);

COMMIT;

PRAGMA foreign_keys = ON;
