#include "clirun.h"
#include "postgresserver.h"
#include "sqlscript.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

using schemata::clitest::CliRun;
using schemata::clitest::runCli;

// `schemata import` and `schemata compare` on the real binary against a real PostgreSQL.
class TestCliImport : public QObject
{
    Q_OBJECT
    enginetest::PostgresServer m_pg;
    QTemporaryDir m_dir;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        if (const core::Status s = m_pg.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        const auto db = m_pg.createDatabase(u"shop"_s);
        if (!db)
            QFAIL(qPrintable(db.error().toString()));
        const core::Status s = enginetest::executeScript(
            db.value(),
            u"CREATE TABLE customer (id serial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);"
            "CREATE TABLE purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            "customer_id integer NOT NULL REFERENCES customer (id), total numeric(10,2));"
            "CREATE VIEW big AS SELECT * FROM purchase WHERE total > 100"_s);
        if (!s)
            QFAIL(qPrintable(s.error().toString()));
        QSqlQuery query(db.value());
        QVERIFY(query.exec(u"CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42'"_s));
        m_url = u"postgresql://postgres@/shop?host=%1&port=5432"_s.arg(m_pg.socketDirectory());
    }

    void importThenCompare()
    {
        const QString out = m_dir.filePath(u"shop.schemata"_s);
        const CliRun imported = runCli({u"import"_s, u"--url"_s, m_url, u"-o"_s, out});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY(document.contains(u"\"customer\""_s));
        QVERIFY(document.contains(u"\"purchase\""_s));
        // the report: what the model cannot hold, with its SQL
        QVERIFY2(imported.err.contains(u"not modelled function public.answer()"_s),
                 qPrintable(imported.err));
        QVERIFY2(imported.err.contains(u"SELECT 42"_s), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(u"2 tables, 1 views"_s), qPrintable(imported.err));

        const CliRun same = runCli({u"compare"_s, out, u"--url"_s, m_url});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
        QVERIFY(same.out.contains(u"no drift"_s));

        // drift: a column the project does not know
        auto db = m_pg.connect(u"shop"_s);
        if (!db)
            QFAIL(qPrintable(db.error().toString()));
        QSqlQuery query(db.value());
        QVERIFY(query.exec(u"ALTER TABLE customer ADD COLUMN nickname text"_s));
        const CliRun drift = runCli({u"compare"_s, out, u"--url"_s, m_url});
        QCOMPARE(drift.exitCode, 1);
        QVERIFY2(drift.out.contains(u"nickname"_s), qPrintable(drift.out));
        QVERIFY2(drift.out.contains(u"-- up"_s), qPrintable(drift.out));
        QVERIFY2(drift.out.contains(u"DROP COLUMN"_s, Qt::CaseInsensitive), qPrintable(drift.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused") << QStringList{u"import"_s, u"--url"_s,
                                                u"postgresql://u@127.0.0.1:1/d"_s, u"-o"_s,
                                                u"x.schemata"_s}
                                 << u"connection refused"_s;
        QTest::newRow("bad url") << QStringList{u"import"_s, u"--url"_s,
                                                u"postgresql://u@h:99999/d"_s, u"-o"_s,
                                                u"x.schemata"_s}
                                 << u"99999"_s;
        QTest::newRow("no output")
            << QStringList{u"import"_s, u"--url"_s, u"sqlite:/x.db"_s} << u"usage"_s;
        QTest::newRow("both sources")
            << QStringList{u"import"_s, u"--url"_s, u"sqlite:/x.db"_s, u"--sql"_s,
                           u"a.sql"_s,  u"-o"_s,    u"x.schemata"_s}
            << u"usage"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    // A script with a broken statement: the rest is imported, the failure named by file:line.
    void sqlScriptWithErrors()
    {
        const QString sql = m_dir.filePath(u"broken.sql"_s);
        QFile file(sql);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int,,);\nCREATE TABLE "
                   "c (id int);\n");
        file.close();
        const QString out = m_dir.filePath(u"broken.schemata"_s);
        const CliRun r =
            runCli({u"import"_s, u"--sql"_s, sql, u"--dialect"_s, u"postgres"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"broken.sql:2: failed CREATE TABLE"_s), qPrintable(r.err));
        QVERIFY(QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport_engine.moc"
