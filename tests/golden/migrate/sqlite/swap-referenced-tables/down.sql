-- Schemata migration (down) for sqlite

PRAGMA foreign_keys = OFF;

BEGIN;

-- revert: rebuild table author: alter column author.title (type)
CREATE TABLE new_author (
    id INTEGER NOT NULL,
    author_id INTEGER,
    title VARCHAR(20),
    CONSTRAINT book_pkey PRIMARY KEY (id),
    CONSTRAINT book_author_fkey FOREIGN KEY (author_id) REFERENCES book (id)
);
INSERT INTO new_author (id, author_id, title) SELECT id, author_id, title FROM author;
DROP TABLE author;
ALTER TABLE new_author RENAME TO author;
PRAGMA foreign_key_check(author);

-- revert: rebuild table book: alter column book.name (type)
CREATE TABLE new_book (
    id INTEGER NOT NULL,
    best_book_id INTEGER,
    name VARCHAR(20),
    CONSTRAINT author_pkey PRIMARY KEY (id),
    CONSTRAINT author_best_book_fkey FOREIGN KEY (best_book_id) REFERENCES author (id)
);
INSERT INTO new_book (id, best_book_id, name) SELECT id, best_book_id, name FROM book;
DROP TABLE book;
ALTER TABLE new_book RENAME TO book;
PRAGMA foreign_key_check(book);

-- revert: rename table author to book
ALTER TABLE book RENAME TO book_renaming;

-- revert: rename table book to author
ALTER TABLE author RENAME TO book;

-- revert: rename table author to book_renaming (on its way to book)
ALTER TABLE book_renaming RENAME TO author;

COMMIT;

PRAGMA foreign_keys = ON;
