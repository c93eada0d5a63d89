#include "connect/sqlstatementsplitter.h"

#include <QTest>

using namespace schemata;
using namespace schemata::connect;
using namespace Qt::StringLiterals;

namespace {

// "line|sql" per statement, problems appended as "|!problem": one comparable string list.
QStringList describe(const QList<SqlStatement>& statements)
{
    QStringList out;
    for (const SqlStatement& s : statements) {
        QString d = QString::number(s.line) + u'|' + s.sql;
        if (!s.problem.isEmpty())
            d += u"|!"_s + s.problem;
        out.append(d);
    }
    return out;
}

} // namespace

class TestSqlStatementSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two statements, lines")
            << u"sqlite"_s << u"CREATE TABLE a (x int);\n\nCREATE TABLE b (y int);\n"_s
            << QStringList{u"1|CREATE TABLE a (x int)"_s, u"3|CREATE TABLE b (y int)"_s};
        QTest::newRow("no trailing semicolon") << u"sqlite"_s << u"SELECT 1;\nSELECT 2"_s
                                               << QStringList{u"1|SELECT 1"_s, u"2|SELECT 2"_s};
        QTest::newRow("empty and comment-only input")
            << u"sqlite"_s << u"  ;; -- nothing\n/* at all */\n"_s << QStringList{};
        QTest::newRow("header comments set the line of the statement")
            << u"postgres"_s << u"-- up\n-- add table\n/* two\nlines */\nCREATE TABLE t (x int);"_s
            << QStringList{u"5|CREATE TABLE t (x int)"_s};
        QTest::newRow("semicolon inside line comment")
            << u"sqlite"_s << u"SELECT 1 -- a; b\n, 2;\nSELECT 3;"_s
            << QStringList{u"1|SELECT 1 -- a; b\n, 2"_s, u"3|SELECT 3"_s};
        QTest::newRow("semicolon inside block comment")
            << u"sqlite"_s << u"SELECT /* ; */ 1; SELECT 2;"_s
            << QStringList{u"1|SELECT /* ; */ 1"_s, u"1|SELECT 2"_s};
        QTest::newRow("string with doubled quote and semicolon")
            << u"sqlite"_s << u"INSERT INTO t VALUES ('it''s; fine');\nSELECT 1;"_s
            << QStringList{u"1|INSERT INTO t VALUES ('it''s; fine')"_s, u"2|SELECT 1"_s};
        QTest::newRow("multi-line string counts its lines")
            << u"sqlite"_s << u"SELECT 'a\nb\nc';\nSELECT 2;"_s
            << QStringList{u"1|SELECT 'a\nb\nc'"_s, u"4|SELECT 2"_s};
        QTest::newRow("double-quoted identifier")
            << u"postgres"_s << u"CREATE TABLE \"a;\"\"b\" (x int); SELECT 1"_s
            << QStringList{u"1|CREATE TABLE \"a;\"\"b\" (x int)"_s, u"1|SELECT 1"_s};
        QTest::newRow("backtick identifier")
            << u"mysql"_s << u"CREATE TABLE `a;``b` (x int); SELECT 1"_s
            << QStringList{u"1|CREATE TABLE `a;``b` (x int)"_s, u"1|SELECT 1"_s};
        QTest::newRow("mysql backslash escape")
            << u"mysql"_s << u"SELECT 'it\\'s;'; SELECT 2"_s
            << QStringList{u"1|SELECT 'it\\'s;'"_s, u"1|SELECT 2"_s};
        // Without backslash escapes the backslash is an ordinary character, so the
        // string ends at the quote after it.
        QTest::newRow("standard strings keep backslashes")
            << u"postgres"_s << u"SELECT 'C:\\'; SELECT 2"_s
            << QStringList{u"1|SELECT 'C:\\'"_s, u"1|SELECT 2"_s};
        QTest::newRow("postgres E string escapes")
            << u"postgres"_s << u"SELECT E'a\\';b'; SELECT 2"_s
            << QStringList{u"1|SELECT E'a\\';b'"_s, u"1|SELECT 2"_s};
        QTest::newRow("mysql hash comment")
            << u"mariadb"_s << u"# one; two\nSELECT 1;"_s << QStringList{u"2|SELECT 1"_s};
        QTest::newRow("hash is an operator on postgres")
            << u"postgres"_s << u"SELECT 5 # 3; SELECT 2"_s
            << QStringList{u"1|SELECT 5 # 3"_s, u"1|SELECT 2"_s};
        QTest::newRow("dollar quoted body")
            << u"postgres"_s
            << u"CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT f();"_s
            << QStringList{
                   u"1|CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ LANGUAGE plpgsql"_s,
                   u"6|SELECT f()"_s};
        QTest::newRow("tagged dollar quote containing $$")
            << u"postgres"_s << u"DO $body$ BEGIN PERFORM '$$;'; END $body$; SELECT 1"_s
            << QStringList{u"1|DO $body$ BEGIN PERFORM '$$;'; END $body$"_s, u"1|SELECT 1"_s};
        QTest::newRow("positional parameter is not a dollar quote")
            << u"postgres"_s << u"PREPARE p AS SELECT $1; SELECT 2"_s
            << QStringList{u"1|PREPARE p AS SELECT $1"_s, u"1|SELECT 2"_s};
        QTest::newRow("nested block comments on postgres")
            << u"postgres"_s << u"/* a /* b; */ c; */ SELECT 1; SELECT 2"_s
            << QStringList{u"1|SELECT 1"_s, u"1|SELECT 2"_s};
        QTest::newRow("bare BEGIN and COMMIT")
            << u"sqlite"_s
            << u"PRAGMA foreign_keys = OFF;\nBEGIN;\nCREATE TABLE t (x int);\nCOMMIT;\n"_s
            << QStringList{u"1|PRAGMA foreign_keys = OFF"_s, u"2|BEGIN"_s,
                           u"3|CREATE TABLE t (x int)"_s, u"4|COMMIT"_s};
        QTest::newRow("begin transaction")
            << u"mysql"_s << u"BEGIN TRANSACTION; SELECT 1; END;"_s
            << QStringList{u"1|BEGIN TRANSACTION"_s, u"1|SELECT 1"_s, u"1|END"_s};
        QTest::newRow("sqlite trigger body")
            << u"sqlite"_s
            << u"CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n  DELETE FROM u;\nEND;\nSELECT 1;"_s
            << QStringList{
                   u"1|CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET x = 1;\n  DELETE FROM u;\nEND"_s,
                   u"5|SELECT 1"_s};
        QTest::newRow("sqlite temp trigger with CASE … END inside")
            << u"sqlite"_s
            << u"CREATE TEMP TRIGGER tr BEFORE UPDATE ON t BEGIN SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'neg;') END; END; SELECT 2"_s
            << QStringList{
                   u"1|CREATE TEMP TRIGGER tr BEFORE UPDATE ON t BEGIN SELECT CASE WHEN new.x < 0 THEN RAISE(ABORT, 'neg;') END; END"_s,
                   u"1|SELECT 2"_s};
        QTest::newRow("mysql trigger with IF … END IF")
            << u"mysql"_s
            << u"CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n  IF NEW.x < 0 THEN SET NEW.x = 0; END IF;\nEND;\nSELECT 1"_s
            << QStringList{
                   u"1|CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN\n  IF NEW.x < 0 THEN SET NEW.x = 0; END IF;\nEND"_s,
                   u"4|SELECT 1"_s};
        QTest::newRow("a table named like a routine keyword is not a routine")
            << u"sqlite"_s << u"CREATE TABLE event (begin_at int); BEGIN; COMMIT;"_s
            << QStringList{u"1|CREATE TABLE event (begin_at int)"_s, u"1|BEGIN"_s, u"1|COMMIT"_s};
        QTest::newRow("sqlite bracket identifier")
            << u"sqlite"_s << u"SELECT [a;b] FROM t; SELECT 2"_s
            << QStringList{u"1|SELECT [a;b] FROM t"_s, u"1|SELECT 2"_s};
        QTest::newRow("crlf line endings") << u"sqlite"_s << u"SELECT 1;\r\nSELECT 2;\r\n"_s
                                           << QStringList{u"1|SELECT 1"_s, u"2|SELECT 2"_s};
        QTest::newRow("unterminated string is kept and named")
            << u"sqlite"_s << u"SELECT 1;\nSELECT 'oops;\n"_s
            << QStringList{u"1|SELECT 1"_s,
                           u"2|SELECT 'oops;|!unterminated string literal from line 2"_s};
        QTest::newRow("unterminated comment is kept and named")
            << u"sqlite"_s << u"SELECT 1 /* never closed; SELECT 2"_s
            << QStringList{
                   u"1|SELECT 1 /* never closed; SELECT 2|!unterminated /* comment from line 1"_s};
        QTest::newRow("unterminated dollar quote")
            << u"postgres"_s << u"DO $x$ BEGIN; END;"_s
            << QStringList{u"1|DO $x$ BEGIN; END;|!unterminated $x$ quote from line 1"_s};
    }

    void split()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        const SqlStatementSplitter splitter(SqlStatementSplitter::optionsForDialect(dialect));
        QCOMPARE(describe(splitter.split(script)), expected);
    }

    // Every input character that is not a separator or comment between statements
    // appears in some statement: nothing is dropped.
    void nothingDropped()
    {
        const QString script =
            u"CREATE TABLE a (x int); 'dangling' ; SELECT \"q\" FROM `b`;\n$$ $$ ;x"_s;
        const auto statements = SqlStatementSplitter().split(script);
        QString joined;
        for (const SqlStatement& s : statements)
            joined += s.sql;
        QString expected = script;
        expected.remove(u';').remove(u' ').remove(u'\n');
        joined.remove(u' ').remove(u'\n');
        QCOMPARE(joined, expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlStatementSplitter)
#include "tst_sqlstatementsplitter.moc"
