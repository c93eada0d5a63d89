#include "clirun.h"
#include "mariadbserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::CliRunOptions;
using schemata::clitest::runCli;

// Imports run a script on a real MariaDB server; slower than the default allows on a loaded
// machine.
CliRunOptions slow()
{
    CliRunOptions options;
    options.timeoutMs = 180000;
    return options;
}

QStringList databases(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList out;
    if (!query.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1"_s))
        return {u"query failed"_s};
    while (query.next())
        out << query.value(0).toString();
    return out;
}

} // namespace

// `schemata import --sql FILE --dialect mysql|mariadb [--url …]` on the real binary: the
// script runs in a private mariadbd, or in scratch databases on a server given by URL.
class TestCliImportMySql : public QObject
{
    Q_OBJECT
    enginetest::MariaDbServer m_server;
    QTemporaryDir m_dir;
    QString m_script;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (const core::Status s = m_server.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        m_script = m_dir.filePath(u"shop.sql"_s);
        QFile file(m_script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE DATABASE shop;\n"
                   "USE shop;\n"
                   "CREATE TABLE customer (id int PRIMARY KEY, email varchar(200) NOT NULL);\n"
                   "CREATE TABLE purchase (id int PRIMARY KEY, customer_id int NOT NULL,\n"
                   "  FOREIGN KEY (customer_id) REFERENCES customer (id));\n"
                   "CREATE TABLE broken (id int,,);\n"
                   "DELIMITER $$\n"
                   "CREATE TRIGGER purchase_id BEFORE INSERT ON purchase FOR EACH ROW\n"
                   "BEGIN SET NEW.id = NEW.id + 0; END$$\n"
                   "DELIMITER ;\n");
    }

    void privateServer_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("mariadb") << u"mariadb"_s;
        QTest::newRow("mysql") << u"mysql"_s;
    }
    void privateServer()
    {
        QFETCH(QString, dialect);
        const QString out = m_dir.filePath(dialect + u".schemata"_s);
        const CliRun r = runCli(
            {u"import"_s, u"--sql"_s, m_script, u"--dialect"_s, dialect, u"-o"_s, out}, slow());
        QCOMPARE(r.exitCode, 1); // a statement failed: findings
        QVERIFY2(r.err.contains(u"shop.sql:6: failed CREATE TABLE"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"2 tables"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not modelled trigger shop.purchase_id"_s), qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY(document.contains(u"\"customer\""_s));
        QVERIFY(document.contains(u"\"purchase\""_s));
        QVERIFY2(document.contains(u"\"dialect\": \""_s + dialect + u'"'), qPrintable(document));
    }

    void userServer()
    {
        const auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = databases(admin.value());
        const QString url = u"mysql://root@localhost/?socket=%1"_s.arg(m_server.socketPath());
        const QString out = m_dir.filePath(u"url.schemata"_s);
        const CliRun r = runCli({u"import"_s, u"--sql"_s, m_script, u"--dialect"_s, u"mariadb"_s,
                                 u"--url"_s, url, u"-o"_s, out},
                                slow());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"shop.sql:6: failed CREATE TABLE"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not modelled trigger shop.purchase_id"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"schemata_verify"_s), qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(file.readAll());
        QVERIFY(document.contains(u"\"purchase\""_s));
        QVERIFY2(!document.contains(u"schemata_verify"_s), qPrintable(document));
        QCOMPARE(databases(admin.value()), before); // nothing created, nothing left
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("postgres script with a url")
            << QStringList{u"import"_s,        u"--sql"_s,    u"a.sql"_s,
                           u"--dialect"_s,     u"postgres"_s, u"--url"_s,
                           u"mysql://u@h/d"_s, u"-o"_s,       u"x.schemata"_s}
            << u"only for a MySQL/MariaDB script"_s;
        QTest::newRow("mysql script with a postgres url") << QStringList{u"import"_s,
                                                                         u"--sql"_s,
                                                                         u"a.sql"_s,
                                                                         u"--dialect"_s,
                                                                         u"mysql"_s,
                                                                         u"--url"_s,
                                                                         u"postgresql://u@h/d"_s,
                                                                         u"-o"_s,
                                                                         u"x.schemata"_s}
                                                          << u"only for a MySQL/MariaDB script"_s;
        QTest::newRow("refused server") << QStringList{u"import"_s,
                                                       u"--sql"_s,
                                                       u"SCRIPT"_s,
                                                       u"--dialect"_s,
                                                       u"mysql"_s,
                                                       u"--url"_s,
                                                       u"mysql://u@127.0.0.1:1/d"_s,
                                                       u"-o"_s,
                                                       u"x.schemata"_s}
                                        << u"refused"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.replaceInStrings(u"SCRIPT"_s, m_script);
        const CliRun r = runCli(args, slow());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImportMySql)
#include "tst_cliimportmysql_engine.moc"
