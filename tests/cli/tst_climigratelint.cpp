// `schemata migrate lint`: runs the real binary on projects written here as JSON, with and
// without a history snapshot, and checks findings, formats and exit codes (0 clean, 1 a
// finding at or above --fail-on, 2 bad input).
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::CliRunOptions;
using schemata::clitest::runCli;

QJsonObject column(const QString& id, const QString& name, const QString& type, bool nullable)
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"type"_s, type}, {u"nullable"_s, nullable}};
}

// public.account(id, email varchar(320), note) and public.entry(id, account_id → account,
// amount integer NOT NULL).
QJsonObject model()
{
    QJsonObject account{
        {u"id"_s, u"tbl_account"_s},
        {u"schema"_s, u"sch_public"_s},
        {u"name"_s, u"account"_s},
        {u"columns"_s,
         QJsonArray{column(u"col_account_id"_s, u"id"_s, u"bigint"_s, false),
                    column(u"col_account_email"_s, u"email"_s, u"varchar(320)"_s, false),
                    column(u"col_account_note"_s, u"note"_s, u"text"_s, true)}},
        {u"primaryKey"_s, QJsonObject{{u"id"_s, u"pk_account"_s},
                                      {u"name"_s, u"account_pkey"_s},
                                      {u"columns"_s, QJsonArray{u"col_account_id"_s}}}},
    };
    QJsonObject entry{
        {u"id"_s, u"tbl_entry"_s},
        {u"schema"_s, u"sch_public"_s},
        {u"name"_s, u"entry"_s},
        {u"columns"_s,
         QJsonArray{column(u"col_entry_id"_s, u"id"_s, u"bigint"_s, false),
                    column(u"col_entry_account"_s, u"account_id"_s, u"bigint"_s, false),
                    column(u"col_entry_amount"_s, u"amount"_s, u"integer"_s, false)}},
        {u"primaryKey"_s, QJsonObject{{u"id"_s, u"pk_entry"_s},
                                      {u"name"_s, u"entry_pkey"_s},
                                      {u"columns"_s, QJsonArray{u"col_entry_id"_s}}}},
        {u"foreignKeys"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, u"fk_entry_account"_s},
             {u"name"_s, u"entry_account_fkey"_s},
             {u"columns"_s, QJsonArray{u"col_entry_account"_s}},
             {u"references"_s, QJsonObject{{u"table"_s, u"tbl_account"_s},
                                           {u"columns"_s, QJsonArray{u"col_account_id"_s}}}}}}},
    };
    return {{u"schemas"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"sch_public"_s}, {u"name"_s, u"public"_s}}}},
            {u"tables"_s, QJsonArray{account, entry}}};
}

// Replaces column `index` of table `table` (0 = account, 1 = entry) in a model.
QJsonObject withColumn(QJsonObject m, int table, int index, const QJsonObject& replacement)
{
    QJsonArray tables = m[u"tables"_s].toArray();
    QJsonObject t = tables[table].toObject();
    QJsonArray columns = t[u"columns"_s].toArray();
    if (index < columns.size())
        columns[index] = replacement;
    else
        columns.append(replacement);
    t[u"columns"_s] = columns;
    tables[table] = t;
    m[u"tables"_s] = tables;
    return m;
}

QByteArray project(const QJsonObject& current, const std::optional<QJsonObject>& snapshot)
{
    QJsonObject doc{{u"format"_s, u"schemata"_s},
                    {u"version"_s, 1},
                    {u"name"_s, u"lint test"_s},
                    {u"dialect"_s, u"postgres"_s},
                    {u"model"_s, current}};
    if (snapshot) {
        // The lint reads only the snapshot; the released migration is a placeholder (its
        // checksum matters to `migrate new`/`export`, not here).
        const QJsonObject migration{
            {u"id"_s, u"20261101120000"_s},
            {u"name"_s, u"initial"_s},
            {u"checksum"_s, u"sha256:"_s + QString(64, u'0')},
            {u"scripts"_s,
             QJsonObject{{u"postgres"_s, QJsonObject{{u"up"_s, u"SELECT 1;\n"_s},
                                                     {u"down"_s, u"SELECT 1;\n"_s}}}}},
        };
        doc.insert(u"history"_s, QJsonObject{{u"migrations"_s, QJsonArray{migration}},
                                             {u"snapshot"_s, *snapshot}});
    }
    return QJsonDocument(doc).toJson();
}

} // namespace

class TestCliMigrateLint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before the first migration everything is new.
        write(u"fresh.schemata"_s, project(model(), std::nullopt));
        // The snapshot has a column the model no longer has: the pending migration drops it.
        write(u"dropcolumn.schemata"_s,
              project(model(),
                      withColumn(model(), 0, 3,
                                 column(u"col_account_legacy"_s, u"legacy"_s, u"text"_s, true))));
        // The snapshot has entry.amount nullable: the pending migration sets NOT NULL.
        write(u"setnotnull.schemata"_s,
              project(model(),
                      withColumn(model(), 1, 2,
                                 column(u"col_entry_amount"_s, u"amount"_s, u"integer"_s, true))));
        write(u"clean.schemata"_s, project(model(), model()));
    }

    void freshProjectHasOnlyAdvice()
    {
        const CliRun r = runCli({u"migrate"_s, u"lint"_s, path(u"fresh.schemata"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"info[type/prefer-text] public.account.email: "_s),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"error["_s) && !r.out.contains(u"warning["_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"0 error(s), 0 warning(s)"_s), qPrintable(r.out));
        const CliRun strict =
            runCli({u"migrate"_s, u"lint"_s, path(u"fresh.schemata"_s), u"--fail-on"_s, u"info"_s});
        QCOMPARE(strict.exitCode, 1);
        QCOMPARE(strict.out, r.out);
    }

    void dropColumnFails()
    {
        const CliRun r = runCli({u"migrate"_s, u"lint"_s, path(u"dropcolumn.schemata"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"error[destructive/drop-column] public.account.legacy: "_s),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u" — The column's values are deleted"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 error(s)"_s), qPrintable(r.out));
    }

    void failOnThreshold()
    {
        const QString file = path(u"setnotnull.schemata"_s);
        const CliRun r = runCli({u"migrate"_s, u"lint"_s, file});
        QVERIFY2(r.out.contains(u"warning[data-dependent/set-not-null] public.entry.amount: "_s),
                 qPrintable(r.out + r.err));
        QCOMPARE(r.exitCode, 0); // warnings only; the default threshold is error
        QCOMPARE(runCli({u"migrate"_s, u"lint"_s, file, u"--fail-on"_s, u"warning"_s}).exitCode, 1);
        QCOMPARE(runCli({u"migrate"_s, u"lint"_s, file, u"--fail-on"_s, u"error"_s}).exitCode, 0);
    }

    void noPendingChanges()
    {
        const CliRun r =
            runCli({u"migrate"_s, u"lint"_s, path(u"clean.schemata"_s), u"--fail-on"_s, u"info"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"no pending changes"_s), qPrintable(r.out));
    }

    void dialectOption()
    {
        const CliRun r = runCli(
            {u"migrate"_s, u"lint"_s, path(u"fresh.schemata"_s), u"--dialect"_s, u"sqlite"_s});
        QCOMPARE(r.exitCode, 0);
        // PostgreSQL's varchar advice does not apply to SQLite.
        QVERIFY2(!r.out.contains(u"type/prefer-text"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"SQLite"_s), qPrintable(r.out));
    }

    void jsonFormat()
    {
        const CliRun r = runCli(
            {u"migrate"_s, u"lint"_s, path(u"dropcolumn.schemata"_s), u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root[u"counts"_s][u"error"_s].toInt(), 1);
        bool found = false;
        for (const QJsonValue& f : root[u"findings"_s].toArray()) {
            if (f[u"code"_s].toString() == u"destructive/drop-column") {
                found = true;
                QCOMPARE(f[u"path"_s].toString(), u"public.account.legacy"_s);
                QCOMPARE(f[u"objectId"_s].toString(), u"col_account_legacy"_s);
                QCOMPARE(f[u"category"_s].toString(), u"destructive"_s);
            }
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    void sarifFormat()
    {
        // Run from the project's folder with a relative path: the artifact URI stays relative.
        CliRunOptions inProject;
        inProject.workingDirectory = m_dir.path();
        const CliRun r =
            runCli({u"migrate"_s, u"lint"_s, u"dropcolumn.schemata"_s, u"--format"_s, u"sarif"_s},
                   inProject);
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log[u"version"_s].toString(), u"2.1.0"_s);
        const QJsonObject run = log[u"runs"_s].toArray().at(0).toObject();
        const QJsonArray rules = run[u"tool"_s][u"driver"_s][u"rules"_s].toArray();
        QVERIFY(rules.size() >= 30);
        bool found = false;
        for (const QJsonValue& result : run[u"results"_s].toArray()) {
            const int index = result[u"ruleIndex"_s].toInt(-1);
            QVERIFY(index >= 0 && index < rules.size());
            QCOMPARE(rules[index][u"id"_s].toString(), result[u"ruleId"_s].toString());
            if (result[u"ruleId"_s].toString() == u"destructive/drop-column") {
                found = true;
                QCOMPARE(result[u"level"_s].toString(), u"error"_s);
                const QJsonValue location = result[u"locations"_s].toArray().at(0);
                QCOMPARE(
                    location[u"physicalLocation"_s][u"artifactLocation"_s][u"uri"_s].toString(),
                    u"dropcolumn.schemata"_s);
                QCOMPARE(location[u"logicalLocations"_s][0][u"fullyQualifiedName"_s].toString(),
                         u"public.account.legacy"_s);
            }
        }
        QVERIFY2(found, qPrintable(r.out));
        // An absolute path becomes a file: URI.
        const CliRun absolute = runCli(
            {u"migrate"_s, u"lint"_s, path(u"dropcolumn.schemata"_s), u"--format"_s, u"sarif"_s});
        QVERIFY(absolute.out.contains(
            QUrl::fromLocalFile(path(u"dropcolumn.schemata"_s)).toString(QUrl::FullyEncoded)));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = path(u"fresh.schemata"_s);
        QTest::newRow("no file") << QStringList{} << u"usage: schemata migrate lint"_s;
        QTest::newRow("missing file")
            << QStringList{path(u"nope.schemata"_s)} << u"nope.schemata"_s;
        QTest::newRow("format") << QStringList{file, u"--format"_s, u"xml"_s} << u"--format"_s;
        QTest::newRow("fail-on") << QStringList{file, u"--fail-on"_s, u"fatal"_s} << u"--fail-on"_s;
        QTest::newRow("dialect") << QStringList{file, u"--dialect"_s, u"oracle"_s} << u"oracle"_s;
        QTest::newRow("unknown option") << QStringList{file, u"--fast"_s} << u"--fast"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{u"migrate"_s, u"lint"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliMigrateLint)
#include "tst_climigratelint.moc"
