// Golden migration cases: tests/golden/migrate/<dialect>/<case>/ holds from.schemata and
// to.schemata (the model before and after), the expected up.sql and down.sql, and
// findings.txt (the safety analysis of the plan). An optional `options` file sets
// PlanOptions for the case, one `name=value` a line (safePatterns, guards, lockTimeoutMs,
// statementTimeoutMs). Every dialect folder is walked; UPDATE_GOLDEN=1 rewrites the
// expected files (review the diff: a golden must be right, not just current);
// GOLDEN_DIALECT=<dialect> limits a run to one folder.
#include "document/documentformat.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace schemata;
using namespace schemata::migrate;
using namespace Qt::StringLiterals;

namespace {

QString goldenRoot()
{
    return QStringLiteral(SCHEMATA_SOURCE_DIR "/tests/golden/migrate");
}

QString readText(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(file.readAll()) : QString();
}

bool parseOptions(const QString& path, PlanOptions& options, QString& error)
{
    bool exists = false;
    const QString text = readText(path, &exists);
    if (!exists)
        return true;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        bool isInt = false;
        const int number = value.toInt(&isInt);
        const bool flag = value == u"true" || value == u"1";
        if (eq < 0 || (!isInt && value != u"true" && value != u"false")) {
            error = u"%1:%2: expected name=true|false|number"_s.arg(path).arg(i + 1);
            return false;
        }
        if (key == u"safePatterns")
            options.safePatterns = flag;
        else if (key == u"guards")
            options.guards = flag;
        else if (key == u"lockTimeoutMs")
            options.lockTimeoutMs = number;
        else if (key == u"statementTimeoutMs")
            options.statementTimeoutMs = number;
        else {
            error = u"%1:%2: unknown option \"%3\""_s.arg(path).arg(i + 1).arg(key);
            return false;
        }
    }
    return true;
}

struct Outputs
{
    QString up;
    QString down;
    QString findings;
    Plan plan;
};

} // namespace

class TstMigrateGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void stepsAreComplete_data() { golden_data(); }
    void stepsAreComplete();
    void deterministic_data() { golden_data(); }
    void deterministic();
    void emptyPlanIsAComment();
    void everyDialectHasCases();

private:
    static bool run(const QString& dialect, const QString& dir, Outputs& out, QString& error);
    static void compareOrUpdate(const QString& path, const QString& actual);
};

bool TstMigrateGolden::run(const QString& dialect, const QString& dir, Outputs& out, QString& error)
{
    const auto from = document::loadDocument(dir + u"/from.schemata"_s);
    if (!from.ok()) {
        error = from.error().message;
        return false;
    }
    const auto to = document::loadDocument(dir + u"/to.schemata"_s);
    if (!to.ok()) {
        error = to.error().message;
        return false;
    }
    PlanOptions options;
    if (!parseOptions(dir + u"/options"_s, options, error))
        return false;
    const auto planner = createPlanner(dialect);
    if (!planner) {
        error = u"no planner for "_s + dialect;
        return false;
    }
    const model::Model& a = from.value().model;
    const model::Model& b = to.value().model;
    const ChangeSet changes = diffModels(a, b);
    out.plan = planner->plan(changes, a, b, options);
    out.up = renderUp(out.plan);
    out.down = renderDown(out.plan);
    out.findings = findingsToText(analyzePlan(changes, out.plan, a, b));
    return true;
}

void TstMigrateGolden::compareOrUpdate(const QString& path, const QString& actual)
{
    if (qEnvironmentVariableIntValue("UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            QFAIL(qPrintable(u"cannot write "_s + path));
        file.write(actual.toUtf8());
        return;
    }
    bool ok = false;
    const QString expected = readText(path, &ok);
    if (!ok)
        QFAIL(qPrintable(path + u" is missing; run with UPDATE_GOLDEN=1"_s));
    if (actual != expected) {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("%s: first difference at line %lld:\n  expected: %s\n  actual:   %s",
                         qPrintable(path), i + 1, qPrintable(e.value(i)), qPrintable(a.value(i)));
                break;
            }
        }
    }
    QVERIFY2(actual == expected, qPrintable(path + u" differs (UPDATE_GOLDEN=1 regenerates it)"_s));
}

void TstMigrateGolden::golden_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("dir");
    // GOLDEN_DIALECT=postgres limits the run (and UPDATE_GOLDEN) to one dialect's folder.
    const QString only = qEnvironmentVariable("GOLDEN_DIALECT");
    const QDir root(goldenRoot());
    for (const QString& dialect : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!only.isEmpty() && dialect != only)
            continue;
        const QDir cases(root.filePath(dialect));
        for (const QString& name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(dialect), qPrintable(name))
                << dialect << cases.filePath(name);
    }
}

void TstMigrateGolden::golden()
{
    QFETCH(QString, dialect);
    QFETCH(QString, dir);
    Outputs out;
    QString error;
    QVERIFY2(run(dialect, dir, out, error), qPrintable(error));
    compareOrUpdate(dir + u"/up.sql"_s, out.up);
    compareOrUpdate(dir + u"/down.sql"_s, out.down);
    compareOrUpdate(dir + u"/findings.txt"_s, out.findings);
}

void TstMigrateGolden::stepsAreComplete()
{
    // Every step does something and says how to undo it; only a validation (nothing to
    // undo) has an empty down, and an irreversible step always says why.
    QFETCH(QString, dialect);
    QFETCH(QString, dir);
    Outputs out;
    QString error;
    QVERIFY2(run(dialect, dir, out, error), qPrintable(error));
    QVERIFY2(!out.plan.isEmpty(), qPrintable(dir + u": the case changes nothing"_s));
    for (const PlanStep& step : out.plan.steps) {
        QVERIFY2(!step.summary.isEmpty(), qPrintable(dir));
        QVERIFY2(!step.up.isEmpty(), qPrintable(dir + u": "_s + step.summary));
        if (!step.summary.startsWith(u"validate "_s))
            QVERIFY2(!step.down.isEmpty(), qPrintable(dir + u": "_s + step.summary));
        QCOMPARE(step.irreversible, !step.irreversibleReason.isEmpty());
        for (const QString& sql : step.up + step.down)
            QVERIFY2(!sql.trimmed().endsWith(u';'), qPrintable(sql));
    }
}

void TstMigrateGolden::deterministic()
{
    QFETCH(QString, dialect);
    QFETCH(QString, dir);
    Outputs first;
    Outputs second;
    QString error;
    QVERIFY2(run(dialect, dir, first, error), qPrintable(error));
    QVERIFY2(run(dialect, dir, second, error), qPrintable(error));
    QCOMPARE(first.up, second.up);
    QCOMPARE(first.down, second.down);
    QCOMPARE(first.plan, second.plan);
}

void TstMigrateGolden::emptyPlanIsAComment()
{
    model::Model m;
    model::Table t;
    t.id = core::Id(u"tbl_a"_s);
    t.name = u"a"_s;
    m.tables.append(t);
    for (const char* d : {"postgres", "mysql", "mariadb"}) {
        const Plan plan = planMigration(m, m, QString::fromLatin1(d));
        QVERIFY(plan.isEmpty());
        for (const QString& line : renderUp(plan).split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"--"_s), qPrintable(line));
    }
    QVERIFY(!createPlanner(u"oracle"));
    QVERIFY(createPlanner(u"PostgreSQL"));
}

void TstMigrateGolden::everyDialectHasCases()
{
    for (const char* d : {"postgres", "mysql", "mariadb"}) {
        const QDir dir(goldenRoot() + u'/' + QString::fromLatin1(d));
        QVERIFY2(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 10,
                 qPrintable(dir.path() + u" has fewer than 10 cases"_s));
    }
}

QTEST_GUILESS_MAIN(TstMigrateGolden)
#include "tst_migrategolden.moc"
