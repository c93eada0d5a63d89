// `schemata migrate new` and `schemata migrate export` through the real binary: a project
// gains two migrations, every bundle format is exported and read back (sha256sum -c on
// the manifest, Python compiles the Alembic revisions, SQLite runs the plain bundle's up
// scripts in order and the downs in reverse), and the refusals carry their exit codes.
#include "clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::CliRunOptions;
using schemata::clitest::runCli;
using schemata::clitest::runProgram;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

const char* kProject = R"json({
  "format": "schemata",
  "version": 1,
  "name": "cli migrate",
  "dialect": "postgres",
  "model": {
    "schemas": [{"id": "sch_public", "name": "public"}],
    "tables": [
      {
        "id": "tbl_customer",
        "schema": "sch_public",
        "name": "customer",
        "columns": [
          {"id": "col_customer_id", "name": "id", "type": "bigint", "nullable": false},
          {"id": "col_customer_name", "name": "name", "type": "text"}
        ],
        "primaryKey": {"id": "pk_customer", "columns": ["col_customer_id"]}
      }
    ]
  }
}
)json";

// The project with one more column on customer.
QByteArray withEmailColumn(const QByteArray& saved)
{
    QJsonObject root = QJsonDocument::fromJson(saved).object();
    QJsonObject model = root.value("model"_L1).toObject();
    QJsonArray tables = model.value("tables"_L1).toArray();
    QJsonObject customer = tables.at(0).toObject();
    QJsonArray columns = customer.value("columns"_L1).toArray();
    columns.append(QJsonObject{
        {u"id"_s, u"col_customer_email"_s}, {u"name"_s, u"email"_s}, {u"type"_s, u"text"_s}});
    customer.insert(u"columns"_s, columns);
    tables.replace(0, customer);
    model.insert(u"tables"_s, tables);
    root.insert(u"model"_s, model);
    return QJsonDocument(root).toJson();
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << base.relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"shop.schemata"_s);
        QVERIFY(writeFile(m_project, kProject));
    }

    void newCreatesTheFirstMigration()
    {
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"Create customer"_s,
                                 u"--time"_s, u"20261122100000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"created migration 20261122100000_create_customer"_s),
                 qPrintable(r.out));
        const QJsonObject root = QJsonDocument::fromJson(readFile(m_project)).object();
        const QJsonArray migrations =
            root.value("history"_L1).toObject().value("migrations"_L1).toArray();
        QCOMPARE(migrations.size(), 1);
        const QJsonObject m = migrations.at(0).toObject();
        QCOMPARE(m.value("id"_L1).toString(), u"20261122100000"_s);
        QCOMPARE(m.value("name"_L1).toString(), u"create_customer"_s);
        QCOMPARE(m.value("scripts"_L1).toObject().keys(),
                 QStringList({u"mariadb"_s, u"mysql"_s, u"postgres"_s, u"sqlite"_s}));
        QVERIFY(m.value("scripts"_L1)
                    .toObject()
                    .value("postgres"_L1)
                    .toObject()
                    .value("up"_L1)
                    .toString()
                    .contains(u"CREATE TABLE"_s));
        QVERIFY(root.value("history"_L1).toObject().contains("snapshot"_L1));
        // The saved file is canonical: fmt --check agrees.
        const CliRun fmt = runCli({u"fmt"_s, u"--check"_s, m_project});
        QVERIFY2(fmt.exitCode == 0, qPrintable(fmt.out + fmt.err));
    }

    void nothingToMigrateIsExitOne()
    {
        const QByteArray before = readFile(m_project);
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"again"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"nothing to migrate"_s), qPrintable(r.err));
        QCOMPARE(readFile(m_project), before);
    }

    void idMustBeLater()
    {
        QVERIFY(writeFile(m_project, withEmailColumn(readFile(m_project))));
        const QByteArray before = readFile(m_project);
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"add email"_s,
                                 u"--time"_s, u"20261122100000"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is not later than the last migration's id 20261122100000"_s),
                 qPrintable(r.err));
        QCOMPARE(readFile(m_project), before);
    }

    void dryRunWritesNothing()
    {
        const QByteArray before = readFile(m_project);
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"add email"_s,
                                 u"--time"_s, u"20261122110000"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"would create migration 20261122110000_add_email"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"-- up (postgres)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"email"_s), qPrintable(r.out));
        QCOMPARE(readFile(m_project), before);
    }

    void newAppendsTheSecond()
    {
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"addEmail"_s,
                                 u"--time"_s, u"20261122110000"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"created migration 20261122110000_add_email"_s),
                 qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("new without -m")
            << QStringList{u"new"_s, u"@"_s} << u"usage: schemata migrate new"_s;
        QTest::newRow("new with an empty name")
            << QStringList{u"new"_s, u"@"_s, u"-m"_s, u"!!!"_s, u"--time"_s, u"20261122120000"_s}
            << u"invalid migration name"_s;
        QTest::newRow("new with a bad time")
            << QStringList{u"new"_s, u"@"_s, u"-m"_s, u"x"_s, u"--time"_s, u"2026-11-22"_s}
            << u"--time: expected a UTC time"_s;
        QTest::newRow("export unknown format")
            << QStringList{u"export"_s, u"@"_s, u"--format"_s, u"rails"_s, u"-o"_s, u"x"_s}
            << u"unknown bundle format \"rails\""_s;
        QTest::newRow("export unknown dialect")
            << QStringList{u"export"_s,    u"@"_s,      u"--format"_s, u"plain"_s,
                           u"--dialect"_s, u"oracle"_s, u"-o"_s,       u"x"_s}
            << u"unknown dialect \"oracle\""_s;
        QTest::newRow("export without -o")
            << QStringList{u"export"_s, u"@"_s, u"--format"_s, u"plain"_s}
            << u"usage: schemata migrate export"_s;
        QTest::newRow("missing file") << QStringList{u"export"_s,   u"/nonexistent/p.schemata"_s,
                                                     u"--format"_s, u"plain"_s,
                                                     u"-o"_s,       u"x"_s}
                                      << u"/nonexistent/p.schemata: no such file"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.replaceInStrings(u"@"_s, m_project);
        args.prepend(u"migrate"_s);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void exportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("expected"); // files other than SHA256SUMS
        const QString a = u"20261122100000_create_customer"_s;
        const QString b = u"20261122110000_add_email"_s;
        for (const QString& dialect : {u"postgres"_s, u"sqlite"_s, u"mysql"_s}) {
            const auto row = [&](const QString& format, const QStringList& files) {
                QTest::newRow(qPrintable(format + u'/' + dialect)) << format << dialect << files;
            };
            row(u"plain"_s, {u"0001_create_customer.down.sql"_s, u"0001_create_customer.up.sql"_s,
                             u"0002_add_email.down.sql"_s, u"0002_add_email.up.sql"_s});
            row(u"golang-migrate"_s,
                {a + u".down.sql"_s, a + u".up.sql"_s, b + u".down.sql"_s, b + u".up.sql"_s});
            row(u"dbmate"_s,
                {u"db/migrations/"_s + a + u".sql"_s, u"db/migrations/"_s + b + u".sql"_s});
            row(u"liquibase"_s, {u"changelog.sql"_s});
            row(u"alembic"_s, {u"versions/"_s + a + u".py"_s, u"versions/"_s + b + u".py"_s});
            row(u"prisma"_s,
                {u"migrations/"_s + a + u"/down.sql"_s, u"migrations/"_s + a + u"/migration.sql"_s,
                 u"migrations/"_s + b + u"/down.sql"_s, u"migrations/"_s + b + u"/migration.sql"_s,
                 u"migrations/migration_lock.toml"_s});
            row(u"sqitch"_s,
                {u"deploy/add_email.sql"_s, u"deploy/create_customer.sql"_s,
                 u"revert/add_email.sql"_s, u"revert/create_customer.sql"_s, u"sqitch.plan"_s,
                 u"verify/add_email.sql"_s, u"verify/create_customer.sql"_s});
        }
    }
    void exportEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, dialect);
        QFETCH(QStringList, expected);
        const QString out = m_dir.filePath(u"export-"_s + format + u'-' + dialect);
        const CliRun r = runCli({u"migrate"_s, u"export"_s, m_project, u"--format"_s, format,
                                 u"--dialect"_s, dialect, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList all = expected;
        all << u"SHA256SUMS"_s;
        all.sort();
        QCOMPARE(filesUnder(out), all);
        CliRunOptions inOut;
        inOut.workingDirectory = out;
        const CliRun sums =
            runProgram(u"sha256sum"_s, {u"--strict"_s, u"-c"_s, u"SHA256SUMS"_s}, inOut);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));

        if (format == u"alembic") {
            for (const QString& file : expected) {
                const CliRun py =
                    runProgram(u"python3"_s, {u"-B"_s, u"-c"_s,
                                              u"import ast, sys; ast.parse(open(sys.argv[1], "
                                              u"encoding='ascii').read())"_s,
                                              QDir(out).filePath(file)});
                QVERIFY2(py.exitCode == 0, qPrintable(file + u": "_s + py.err));
            }
        }
        if (format == u"plain" && dialect == u"sqlite") {
            // The scripts run on SQLite: both ups in order, then both downs in reverse,
            // leaving an empty schema.
            const CliRun py = runProgram(
                u"python3"_s,
                {u"-B"_s, u"-c"_s,
                 u"import sqlite3, sys, os\n"
                 u"d = sys.argv[1]\n"
                 u"c = sqlite3.connect(':memory:', isolation_level=None)\n"
                 u"ups = sorted(f for f in os.listdir(d) if f.endswith('.up.sql'))\n"
                 u"downs = sorted((f for f in os.listdir(d) if f.endswith('.down.sql')), "
                 u"reverse=True)\n"
                 u"for f in ups: c.executescript(open(os.path.join(d, f)).read())\n"
                 u"cols = [r[1] for r in c.execute('PRAGMA table_info(customer)')]\n"
                 u"assert cols == ['id', 'name', 'email'], cols\n"
                 u"for f in downs: c.executescript(open(os.path.join(d, f)).read())\n"
                 u"left = c.execute(\"SELECT name FROM sqlite_master WHERE name NOT LIKE "
                 u"'sqlite_%'\").fetchall()\n"
                 u"assert left == [], left\n"_s,
                 out});
            QVERIFY2(py.exitCode == 0, qPrintable(py.err));
        }
        if (format == u"dbmate") {
            const QString text =
                QString::fromUtf8(readFile(QDir(out).filePath(expected.constFirst())));
            QVERIFY2(text.startsWith(u"-- migrate:up"_s), qPrintable(text));
            QCOMPARE(text.count(u"-- migrate:down"_s), 1);
        }
        // Exporting again over its own output is allowed and changes nothing.
        const QByteArray manifest = readFile(QDir(out).filePath(u"SHA256SUMS"_s));
        const CliRun again = runCli({u"migrate"_s, u"export"_s, m_project, u"--format"_s, format,
                                     u"--dialect"_s, dialect, u"-o"_s, out});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(readFile(QDir(out).filePath(u"SHA256SUMS"_s)), manifest);
    }

    void exportZip()
    {
        const QString zip = m_dir.filePath(u"bundle.zip"_s);
        const CliRun r = runCli(
            {u"migrate"_s, u"export"_s, m_project, u"--format"_s, u"flyway"_s, u"-o"_s, zip});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CliRun test = runProgram(u"unzip"_s, {u"-t"_s, zip});
        QVERIFY2(test.exitCode == 0, qPrintable(test.out + test.err));
        QVERIFY(test.out.contains(u"V20261122100000__create_customer.sql"_s));
        QVERIFY(test.out.contains(u"V20261122110000__add_email.sql"_s));
    }

    void editedHistoryIsRefused()
    {
        // Run last: it tampers with the project.
        QByteArray text = readFile(m_project);
        const qsizetype at = text.indexOf("\"checksum\": \"sha256:");
        QVERIFY(at > 0);
        text[at + 20] = text[at + 20] == '0' ? '1' : '0';
        QVERIFY(writeFile(m_project, text));
        const CliRun created = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"x"_s});
        QCOMPARE(created.exitCode, 2);
        QVERIFY2(
            created.err.contains(
                u"$.history.migrations[0] (20261122100000_create_customer): checksum mismatch"_s),
            qPrintable(created.err));
        const CliRun exported = runCli({u"migrate"_s, u"export"_s, m_project, u"--format"_s,
                                        u"plain"_s, u"-o"_s, m_dir.filePath(u"refused"_s)});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains(u"checksum mismatch"_s), qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"refused"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
