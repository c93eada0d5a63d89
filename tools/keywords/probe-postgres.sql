-- Probes every keyword of pg_get_keywords() as a bare identifier in each position the
-- PostgreSQL DDL generator writes one. Run by generate.py inside a single transaction that
-- is rolled back; every probe runs in sub-blocks, so one refused statement costs nothing.
--
-- Each word is probed twice, once bare and once double-quoted, and the two outcome
-- strings (SQLSTATE or "ok" per statement, plus values read back) are printed. A word
-- must be quoted when they differ: the bare form is refused somewhere, or it means
-- something else (e.g. a bare "integer" as a column type is int4, not the enum type).
-- Helper objects are named kwt_*, which is no keyword.

CREATE SCHEMA kwt_ty;
CREATE SCHEMA kwt_i;
CREATE SCHEMA kwt_u;
CREATE SCHEMA kwt_p;
CREATE SCHEMA kwt_vs;

-- Runs one statement; 'ok' or the SQLSTATE.
CREATE FUNCTION kwt_try(sql text) RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE sql;
    RETURN 'ok';
EXCEPTION WHEN others THEN
    RETURN SQLSTATE;
END
$f$;

-- Runs a one-value query; the value as text or the SQLSTATE.
CREATE FUNCTION kwt_value(sql text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
    v text;
BEGIN
    EXECUTE sql INTO v;
    RETURN replace(coalesce(v, 'NULL'), ' ', '_'); -- outcomes are space-separated
EXCEPTION WHEN others THEN
    RETURN SQLSTATE;
END
$f$;

CREATE FUNCTION kwt_probe(w text, quoted boolean) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE
    n text := CASE WHEN quoted THEN '"' || w || '"' ELSE w END;
    q text := '"' || w || '"'; -- verification statements always quote
    r text := '';
BEGIN
    BEGIN
        -- schema name, and as a qualifier
        r := r || ' schema=' || kwt_try(format('CREATE SCHEMA %s', n));
        r := r || ' qualifier=' || kwt_try(format('CREATE TABLE %s.kwt_q (kwt_a integer)', n));
        -- enum type name, and its use as a column type (must resolve to the enum)
        PERFORM set_config('search_path', 'kwt_ty, public', true);
        r := r || ' enum=' || kwt_try(format('CREATE TYPE %s AS ENUM (''a'')', n));
        r := r || ' enumcol=' || kwt_try(format('CREATE TABLE kwt_e (kwt_a %s)', n));
        r := r || ' enumtype=' || kwt_value(
            'SELECT t.typnamespace::regnamespace::text || ''.'' || t.typname FROM pg_attribute a '
            'JOIN pg_type t ON t.oid = a.atttypid '
            'WHERE a.attrelid = ''kwt_ty.kwt_e''::regclass AND a.attname = ''kwt_a''');
        PERFORM set_config('search_path', 'public', true);
        -- table, column, primary key list, check constraint name and column reference
        r := r || ' table=' || kwt_try(format(
            'CREATE TABLE %1$s (%1$s integer NOT NULL, CONSTRAINT kwt_pk PRIMARY KEY (%1$s), '
            'CONSTRAINT %1$s CHECK (%1$s > 0))', n));
        r := r || ' comment=' || kwt_try(format('COMMENT ON TABLE %s IS ''c''', n));
        r := r || ' colcomment=' || kwt_try(format('COMMENT ON COLUMN %1$s.%1$s IS ''c''', n));
        r := r || ' insert=' || kwt_try(format('INSERT INTO %1$s (%1$s) VALUES (5)', q));
        r := r || ' checked=' || kwt_try(format('INSERT INTO %1$s (%1$s) VALUES (-5)', q));
        -- foreign key: constraint name, column list, referenced table and column
        r := r || ' fk=' || kwt_try(format(
            'CREATE TABLE kwt_c (kwt_id integer, %1$s integer, '
            'CONSTRAINT %1$s FOREIGN KEY (%1$s) REFERENCES %1$s (%1$s) ON DELETE CASCADE)', n));
        r := r || ' fkalter=' || kwt_try(format(
            'CREATE TABLE kwt_c2 (%1$s integer); '
            'ALTER TABLE kwt_c2 ADD CONSTRAINT %1$s FOREIGN KEY (%1$s) REFERENCES %1$s (%1$s)', n));
        r := r || ' fkinsert=' || kwt_try(format('INSERT INTO kwt_c (%s) VALUES (7)', q));
        -- index name and key list, unique and primary key constraint names
        r := r || ' index=' || kwt_try(format(
            'CREATE TABLE kwt_i.kwt_t (%1$s integer); CREATE INDEX %1$s ON kwt_i.kwt_t (%1$s)', n));
        r := r || ' unique=' || kwt_try(format(
            'CREATE TABLE kwt_u.kwt_t (%1$s integer, CONSTRAINT %1$s UNIQUE (%1$s))', n));
        r := r || ' pk=' || kwt_try(format(
            'CREATE TABLE kwt_p.kwt_t (%1$s integer, CONSTRAINT %1$s PRIMARY KEY (%1$s))', n));
        -- views: SELECT w FROM w must read the column, and the view name itself
        r := r || ' select=' || kwt_try(format('CREATE VIEW kwt_v1 AS SELECT %1$s FROM %1$s', n));
        r := r || ' selected=' || kwt_value('SELECT * FROM kwt_v1');
        PERFORM set_config('search_path', 'kwt_vs, public', true);
        r := r || ' view=' || kwt_try(format('CREATE VIEW %s AS SELECT 1 AS kwt_a', n));
        PERFORM set_config('search_path', 'public', true);
        RAISE EXCEPTION USING ERRCODE = 'KW000'; -- undo everything this probe created
    EXCEPTION WHEN SQLSTATE 'KW000' THEN
        NULL;
    END;
    RETURN r;
END
$f$;

SELECT word || '|' || kwt_probe(word, true) || '|' || kwt_probe(word, false)
FROM pg_get_keywords()
ORDER BY word;
