#include "connect/catalogid.h"
#include "connect/catalogreader.h"
#include "connect/sqlitecreateparser.h"
#include "connect/sqltext.h"

#include <QTest>

using namespace schemata;
using namespace schemata::connect;
using namespace Qt::StringLiterals;

class TestCatalogText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogIds()
    {
        QCOMPARE(catalogId(u"tbl", {u"public"_s, u"order"_s}).toString(), u"tbl_public.order"_s);
        // Dots inside names are escaped, so these two stay distinct.
        const core::Id a = catalogId(u"col", {u"a.b"_s, u"c"_s});
        const core::Id b = catalogId(u"col", {u"a"_s, u"b.c"_s});
        QCOMPARE(a.toString(), u"col_a\\.b.c"_s);
        QVERIFY(a != b);
        QVERIFY(catalogId(u"x", {u"a\\"_s, u"b"_s}) != catalogId(u"x", {u"a\\.b"_s}));
    }

    void stringLiterals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("backslash");
        QTest::addColumn<QString>("value"); // "<none>" = not one literal
        QTest::newRow("plain") << u"'abc'"_s << false << u"abc"_s;
        QTest::newRow("doubled quote") << u"'it''s'"_s << false << u"it's"_s;
        QTest::newRow("empty") << u"''"_s << false << QString();
        QTest::newRow("two literals") << u"'a' || 'b'"_s << false << u"<none>"_s;
        QTest::newRow("lone quote") << u"'a'b'"_s << false << u"<none>"_s;
        QTest::newRow("unquoted") << u"abc"_s << false << u"<none>"_s;
        QTest::newRow("backslash kept") << u"'C:\\temp'"_s << false << u"C:\\temp"_s;
        QTest::newRow("backslash escape") << u"'C:\\\\temp'"_s << true << u"C:\\temp"_s;
        QTest::newRow("escaped quote") << u"'it\\'s'"_s << true << u"it's"_s;
    }
    void stringLiterals()
    {
        QFETCH(QString, text);
        QFETCH(bool, backslash);
        QFETCH(QString, value);
        const auto parsed = sqltext::stringLiteralValue(text, backslash);
        QCOMPARE(parsed.value_or(u"<none>"_s), value);
    }

    void splitting()
    {
        QCOMPARE(sqltext::splitTopLevel(u"a, f(b, c), 'x,y', \"q,r\""_s, u','),
                 QStringList({u"a"_s, u"f(b, c)"_s, u"'x,y'"_s, u"\"q,r\""_s}));
        QCOMPARE(sqltext::matchingParen(u"(a ')' (b))"_s, 0), 10);
        QCOMPARE(sqltext::matchingParen(u"(a"_s, 0), -1);
        QCOMPARE(sqltext::findTopLevelKeyword(u"x IN (SELECT 1 WHERE y) WHERE z"_s, u"where"), 24);
        QCOMPARE(sqltext::findTopLevelKeyword(u"somewhere"_s, u"where"), -1);
        QCOMPARE(sqltext::unquoteIdentifier(u"\"a\"\"b\""_s), u"a\"b"_s);
        QCOMPARE(sqltext::unquoteIdentifier(u"`a``b`"_s), u"a`b"_s);
        QCOMPARE(sqltext::unquoteIdentifier(u"[a b]"_s), u"a b"_s);
        QCOMPARE(sqltext::stripOuterParens(u"(a) + (b)"_s), u"(a) + (b)"_s);
        QCOMPARE(sqltext::stripOuterParens(u" ((a)) "_s), u"(a)"_s);
    }

    void sqliteCreateTable()
    {
        const auto t = parseSqliteCreateTable(
            u"CREATE TABLE \"t\" (\n"
            "    -- it's the table comment\n"
            "    id INTEGER CONSTRAINT \"t pk\" PRIMARY KEY AUTOINCREMENT,\n"
            "    /* block, with comma */ name TEXT COLLATE NOCASE CHECK (length(name) > 0),\n"
            "    total NUMERIC GENERATED ALWAYS AS (id * 2) STORED,\n"
            "    ref INTEGER REFERENCES other DEFERRABLE INITIALLY DEFERRED,\n"
            "    CONSTRAINT u1 UNIQUE (name, total),\n"
            "    CONSTRAINT \"c 1\" CHECK (total >= 0),\n"
            "    CONSTRAINT fk2 FOREIGN KEY (ref, id) REFERENCES other (a, b) ON DELETE CASCADE "
            "NOT DEFERRABLE\n"
            ")"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.columns.size(), 4);
        QCOMPARE(t.primaryKey.name, u"t pk"_s);
        QCOMPARE(t.primaryKey.columns, QStringList{u"id"_s});
        QVERIFY(t.columns.at(0).autoincrement);
        QCOMPARE(t.columns.at(1).collation, u"NOCASE"_s);
        QCOMPARE(t.columns.at(2).generatedExpression, u"id * 2"_s);
        QVERIFY(t.columns.at(2).generatedStored);
        QCOMPARE(t.checks.size(), 2);
        QCOMPARE(t.checks.at(0).column, u"name"_s);
        QCOMPARE(t.checks.at(0).expression, u"length(name) > 0"_s);
        QCOMPARE(t.checks.at(1).name, u"c 1"_s);
        QCOMPARE(t.uniques.size(), 1);
        QCOMPARE(t.uniques.at(0).columns, QStringList({u"name"_s, u"total"_s}));
        QCOMPARE(t.foreignKeys.size(), 2);
        QCOMPARE(t.foreignKeys.at(0).columns, QStringList{u"ref"_s});
        QCOMPARE(t.foreignKeys.at(0).referencedTable, u"other"_s);
        QVERIFY(t.foreignKeys.at(0).referencedColumns.isEmpty());
        QVERIFY(t.foreignKeys.at(0).deferrable && t.foreignKeys.at(0).initiallyDeferred);
        QCOMPARE(t.foreignKeys.at(1).name, u"fk2"_s);
        QCOMPARE(t.foreignKeys.at(1).referencedColumns, QStringList({u"a"_s, u"b"_s}));
        QVERIFY(!t.foreignKeys.at(1).deferrable);

        QVERIFY(!parseSqliteCreateTable(u"CREATE VIRTUAL TABLE v USING fts5"_s).ok);
        QCOMPARE(sqliteViewSelect(u"CREATE VIEW \"as\" AS\n-- note\nSELECT 1 AS one"_s),
                 u"SELECT 1 AS one"_s);
    }

    void factory()
    {
        for (const auto& [name, canonical] :
             {std::pair{u"postgres"_s, u"postgres"_s}, std::pair{u"PG"_s, u"postgres"_s},
              std::pair{u"postgresql"_s, u"postgres"_s}, std::pair{u"mariadb"_s, u"mariadb"_s},
              std::pair{u"mysql"_s, u"mariadb"_s}, std::pair{u"sqlite3"_s, u"sqlite"_s}}) {
            const auto reader = createCatalogReader(name);
            QVERIFY2(reader, qPrintable(name));
            QCOMPARE(reader->dialectName(), canonical);
        }
        QVERIFY(!createCatalogReader(u"oracle"));
    }

    void closedConnectionIsAnError()
    {
        QSqlDatabase closed;
        const auto read = createCatalogReader(u"sqlite")->read(closed, {});
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(u"not open"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogText)
#include "tst_catalogtext.moc"
