-- Probes every word of kwt_words (filled by generate.py: information_schema.KEYWORDS plus
-- MySQL 8's reserved words) as a bare identifier in each position the MySQL/MariaDB DDL
-- generator writes one. DDL is not transactional here, so each probe drops what it made.
--
-- Each word is probed twice, once bare and once in backticks, and the two outcome strings
-- (SQLSTATE/errno or "ok" per statement, plus values read back) are printed. A word must be
-- quoted when they differ. Helper objects are named kwt_*, which is no keyword. The tables a
-- foreign key refers to or comes from are InnoDB (MyISAM would parse and ignore the key); the
-- others use the server's default engine (generate.py picks MyISAM, for speed).

DELIMITER //

-- Runs one statement; 'ok' or SQLSTATE/errno.
CREATE PROCEDURE kwt_try(IN s LONGTEXT, INOUT r LONGTEXT, IN label VARCHAR(32))
BEGIN
    DECLARE st VARCHAR(8);
    DECLARE en INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        GET DIAGNOSTICS CONDITION 1 st = RETURNED_SQLSTATE, en = MYSQL_ERRNO;
        SET r = CONCAT(r, ' ', label, '=', st, '/', en);
    END;
    SET @kwt_sql = s;
    PREPARE kwt_st FROM @kwt_sql;
    EXECUTE kwt_st;
    DEALLOCATE PREPARE kwt_st;
    SET r = CONCAT(r, ' ', label, '=ok');
END//

-- Runs "SELECT … INTO @kwt_v"; the value or SQLSTATE/errno.
CREATE PROCEDURE kwt_value(IN s LONGTEXT, INOUT r LONGTEXT, IN label VARCHAR(32))
BEGIN
    DECLARE st VARCHAR(8);
    DECLARE en INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        GET DIAGNOSTICS CONDITION 1 st = RETURNED_SQLSTATE, en = MYSQL_ERRNO;
        SET r = CONCAT(r, ' ', label, '=', st, '/', en);
    END;
    SET @kwt_v = NULL;
    SET @kwt_sql = s;
    PREPARE kwt_st FROM @kwt_sql;
    EXECUTE kwt_st;
    DEALLOCATE PREPARE kwt_st;
    SET r = CONCAT(r, ' ', label, '=', REPLACE(COALESCE(@kwt_v, 'NULL'), ' ', '_'));
END//

CREATE PROCEDURE kwt_probe(IN w VARCHAR(64), IN quoted BOOLEAN, OUT r LONGTEXT)
BEGIN
    DECLARE n VARCHAR(70) DEFAULT IF(quoted, CONCAT('`', w, '`'), w);
    DECLARE q VARCHAR(70) DEFAULT CONCAT('`', w, '`'); -- verification always quotes
    DECLARE ignored LONGTEXT DEFAULT '';
    SET r = '';
    -- table, column, primary key list, check constraint name and column reference
    CALL kwt_try(CONCAT('CREATE TABLE ', n, ' (', n, ' INT NOT NULL, PRIMARY KEY (', n,
                        '), CONSTRAINT ', n, ' CHECK (', n, ' > 0)) ENGINE=InnoDB'), r, 'table');
    CALL kwt_try(CONCAT('INSERT INTO ', q, ' (', q, ') VALUES (5)'), r, 'insert');
    CALL kwt_try(CONCAT('INSERT INTO ', q, ' (', q, ') VALUES (-5)'), r, 'checked');
    -- foreign key: constraint name, column list, referenced table and column
    CALL kwt_try(CONCAT('CREATE TABLE kwt_c (kwt_id INT, ', n, ' INT, CONSTRAINT ', n,
                        ' FOREIGN KEY (', n, ') REFERENCES ', n, ' (', n,
                        ') ON DELETE CASCADE) ENGINE=InnoDB'), r, 'fk');
    CALL kwt_try(CONCAT('INSERT INTO kwt_c (', q, ') VALUES (7)'), r, 'fkinsert');
    CALL kwt_try('DROP TABLE IF EXISTS kwt_c', ignored, 'drop');
    CALL kwt_try(CONCAT('CREATE TABLE kwt_c2 (', n, ' INT) ENGINE=InnoDB'), r, 'fktable');
    CALL kwt_try(CONCAT('ALTER TABLE kwt_c2 ADD CONSTRAINT ', n, ' FOREIGN KEY (', n,
                        ') REFERENCES ', n, ' (', n, ')'), r, 'fkalter');
    CALL kwt_try('DROP TABLE IF EXISTS kwt_c2', ignored, 'drop');
    -- index names and key lists: inline KEY, CREATE INDEX, UNIQUE constraint
    CALL kwt_try(CONCAT('CREATE TABLE kwt_i (', n, ' INT, KEY ', n, ' (', n, '))'), r, 'key');
    CALL kwt_try(CONCAT('CREATE TABLE kwt_i2 (', n, ' INT)'), r, 'indextable');
    CALL kwt_try(CONCAT('CREATE INDEX ', n, ' ON kwt_i2 (', n, ')'), r, 'index');
    CALL kwt_try(CONCAT('CREATE UNIQUE INDEX kwt_x ON kwt_i2 (', n, ' DESC)'), r, 'indexdesc');
    CALL kwt_try(CONCAT('CREATE TABLE kwt_u (', n, ' INT, CONSTRAINT ', n, ' UNIQUE (', n, '))'),
                 r, 'unique');
    -- views: SELECT w FROM w must read the column, and the view name itself
    CALL kwt_try(CONCAT('CREATE VIEW kwt_v1 AS SELECT ', n, ' FROM ', n), r, 'select');
    CALL kwt_value('SELECT * FROM kwt_v1 INTO @kwt_v', r, 'selected');
    CALL kwt_try('DROP VIEW IF EXISTS kwt_v1', ignored, 'drop');
    CALL kwt_try(CONCAT('DROP TABLE IF EXISTS kwt_i, kwt_i2, kwt_u, ', q), ignored, 'drop');
    CALL kwt_try(CONCAT('CREATE VIEW ', n, ' AS SELECT 1 AS kwt_a'), r, 'view');
    CALL kwt_try(CONCAT('DROP VIEW IF EXISTS ', q), ignored, 'drop');
    CALL kwt_try(CONCAT('DROP TABLE IF EXISTS ', q), ignored, 'drop');
END//

CREATE PROCEDURE kwt_run()
BEGIN
    DECLARE done BOOLEAN DEFAULT FALSE;
    DECLARE w VARCHAR(64);
    DECLARE bare LONGTEXT;
    DECLARE quoted LONGTEXT;
    DECLARE words CURSOR FOR SELECT word FROM kwt_words ORDER BY word;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
    OPEN words;
    next_word: LOOP
        FETCH words INTO w;
        IF done THEN
            LEAVE next_word;
        END IF;
        CALL kwt_probe(w, TRUE, quoted);
        CALL kwt_probe(w, FALSE, bare);
        INSERT INTO kwt_result VALUES (w, quoted, bare);
    END LOOP;
    CLOSE words;
END//

DELIMITER ;

CALL kwt_run();
SELECT CONCAT(word, '|', quoted, '|', bare) FROM kwt_result ORDER BY word;
