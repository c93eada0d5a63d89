// `schemata migrate verify`: the real binary on a copy of the sample project whose history
// is made by `schemata migrate new` (the real differ + planners), verified on embedded
// SQLite. Exit codes: 0 verified, 1 a check failed, 2 bad input.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::runCli;

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestCliMigrateVerify : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_sample = QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata");
    QString m_project;

private Q_SLOTS:
    // Two migrations: the whole sample, then a column added to its first table.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"shop.schemata"_s);
        QVERIFY(QFile::copy(m_sample, m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"initial"_s, u"--time"_s,
                           u"20260101000000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QJsonObject doc = readJson(m_project);
        QJsonObject model = doc.value(u"model"_s).toObject();
        QJsonArray tables = model.value(u"tables"_s).toArray();
        QVERIFY(!tables.isEmpty());
        QJsonObject first = tables.at(0).toObject();
        QJsonArray columns = first.value(u"columns"_s).toArray();
        columns.append(QJsonObject{{u"id"_s, u"col_cli_verify_note"_s},
                                   {u"name"_s, u"verify_note"_s},
                                   {u"type"_s, u"varchar(40)"_s},
                                   {u"nullable"_s, true}});
        first.insert(u"columns"_s, columns);
        tables.replace(0, first);
        model.insert(u"tables"_s, tables);
        doc.insert(u"model"_s, model);
        QVERIFY(writeJson(m_project, doc));
        r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"add_note"_s, u"--time"_s,
                    u"20260102000000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void verifiesOnSqlite()
    {
        const CliRun r =
            runCli({u"migrate"_s, u"verify"_s, m_project, u"--dialect"_s, u"sqlite"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"\nresult: verified ("_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ok      migration 2 (20260102000000_add_note) down"_s),
                 qPrintable(r.out));
        // Every table of the sample got a sample row before migration 2 and kept it.
        QVERIFY2(r.out.contains(u"ok      migration 2: "_s) &&
                     r.out.contains(u"sample row(s) survive the up"_s),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(u"[1/7] migration 1 (20260101000000_initial) up"_s),
                 qPrintable(r.err));
    }

    void quietPrintsNoProgress()
    {
        const CliRun r = runCli({u"migrate"_s, u"verify"_s, m_project, u"--dialect"_s, u"sqlite"_s,
                                 u"--quiet"_s, u"--no-data"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"sample row"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{} << u"usage: schemata migrate verify"_s;
        QTest::newRow("no history") << QStringList{m_sample} << u"no migrations to verify"_s;
        QTest::newRow("unknown dialect") << QStringList{u"@project"_s, u"--dialect"_s, u"oracle"_s}
                                         << u"unknown dialect \"oracle\""_s;
        QTest::newRow("bad url") << QStringList{u"@project"_s, u"--url"_s, u"ftp://x"_s}
                                 << u"--url"_s;
        QTest::newRow("missing file")
            << QStringList{u"/nonexistent/x.schemata"_s} << u"/nonexistent/x.schemata"_s;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.replaceInStrings(u"@project"_s, m_project);
        const CliRun r = runCli(QStringList{u"migrate"_s, u"verify"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // An edited released migration is refused (checksum), never verified as if it
    // were the history.
    void editedHistoryIsRefused()
    {
        QJsonObject doc = readJson(m_project);
        QJsonObject history = doc.value(u"history"_s).toObject();
        QJsonArray migrations = history.value(u"migrations"_s).toArray();
        QJsonObject second = migrations.at(1).toObject();
        QJsonObject scripts = second.value(u"scripts"_s).toObject();
        QJsonObject sqlite = scripts.value(u"sqlite"_s).toObject();
        sqlite.insert(u"down"_s, u"SELECT 1;\n"_s);
        scripts.insert(u"sqlite"_s, sqlite);
        second.insert(u"scripts"_s, scripts);
        migrations.replace(1, second);
        history.insert(u"migrations"_s, migrations);
        doc.insert(u"history"_s, history);
        const QString edited = m_dir.filePath(u"edited.schemata"_s);
        QVERIFY(writeJson(edited, doc));
        const CliRun r = runCli({u"migrate"_s, u"verify"_s, edited, u"--dialect"_s, u"sqlite"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"checksum"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrateVerify)
#include "tst_climigrateverify.moc"
