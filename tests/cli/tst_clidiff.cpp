// `schemata diff OLD NEW`: runs the real binary on documents written here as JSON and
// checks exit codes, what goes to stdout (runnable SQL only) and to stderr (rename
// candidates, irreversible steps, errors naming the file).
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::runCli;

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonObject column(const QString& id, const QString& name, const QString& type, bool nullable)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("type"), type},
            {QStringLiteral("nullable"), nullable}};
}

// What a version of the small project looks like.
struct Shape
{
    QString customerName = QStringLiteral("customer");
    bool orderHasNote = true;
    bool orderHasTotal = false;
    QString idPrefix;            // a different prefix: an independent document (matched by name)
    bool identityOnText = false; // an invalid model the reader accepts (validation error)
};

QByteArray project(const Shape& shape)
{
    const auto id = [&](const char* text) { return shape.idPrefix + QLatin1String(text); };
    QJsonObject customer{
        {QStringLiteral("id"), id("tbl_customer")},
        {QStringLiteral("schema"), id("sch_public")},
        {QStringLiteral("name"), shape.customerName},
        {QStringLiteral("columns"),
         QJsonArray{column(id("col_c_id"), QStringLiteral("id"), QStringLiteral("bigint"), false),
                    column(id("col_c_email"), QStringLiteral("email"),
                           QStringLiteral("varchar(320)"), false)}},
        {QStringLiteral("primaryKey"),
         QJsonObject{{QStringLiteral("id"), id("pk_customer")},
                     {QStringLiteral("name"), QStringLiteral("customer_pkey")},
                     {QStringLiteral("columns"), QJsonArray{id("col_c_id")}}}}};
    if (shape.identityOnText) {
        QJsonArray columns = customer.value(QStringLiteral("columns")).toArray();
        QJsonObject email = columns.at(1).toObject();
        email.insert(QStringLiteral("identity"), QStringLiteral("always"));
        columns.replace(1, email);
        customer.insert(QStringLiteral("columns"), columns);
    }
    QJsonArray orderColumns{
        column(id("col_o_id"), QStringLiteral("id"), QStringLiteral("bigint"), false),
        column(id("col_o_customer"), QStringLiteral("customer_id"), QStringLiteral("bigint"),
               false)};
    if (shape.orderHasNote)
        orderColumns.append(
            column(id("col_o_note"), QStringLiteral("note"), QStringLiteral("text"), true));
    if (shape.orderHasTotal)
        orderColumns.append(column(id("col_o_total"), QStringLiteral("total"),
                                   QStringLiteral("numeric(10,2)"), true));
    QJsonObject order{
        {QStringLiteral("id"), id("tbl_order")},
        {QStringLiteral("schema"), id("sch_public")},
        {QStringLiteral("name"), QStringLiteral("order")},
        {QStringLiteral("columns"), orderColumns},
        {QStringLiteral("primaryKey"),
         QJsonObject{{QStringLiteral("id"), id("pk_order")},
                     {QStringLiteral("name"), QStringLiteral("order_pkey")},
                     {QStringLiteral("columns"), QJsonArray{id("col_o_id")}}}},
        {QStringLiteral("foreignKeys"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), id("fk_order_customer")},
                         {QStringLiteral("name"), QStringLiteral("order_customer_fkey")},
                         {QStringLiteral("columns"), QJsonArray{id("col_o_customer")}},
                         {QStringLiteral("references"),
                          QJsonObject{{QStringLiteral("table"), id("tbl_customer")},
                                      {QStringLiteral("columns"), QJsonArray{id("col_c_id")}}}}}}}};
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("schemata")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("diff test")},
        {QStringLiteral("dialect"), QStringLiteral("postgres")},
        {QStringLiteral("model"),
         QJsonObject{{QStringLiteral("schemas"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), id("sch_public")},
                                             {QStringLiteral("name"), QStringLiteral("public")}}}},
                     {QStringLiteral("tables"), QJsonArray{customer, order}}}}};
    return QJsonDocument(doc).toJson();
}

// Lines that are neither blank nor SQL comments: the statements of a rendered script.
QStringList statementLines(const QString& sql)
{
    QStringList lines;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--")))
            lines.append(trimmed);
    }
    return lines;
}

// The planner quotes identifiers only where the dialect needs it.
QRegularExpression renameTo(const QString& name)
{
    return QRegularExpression(QStringLiteral("RENAME TO \"?%1\"?;").arg(name));
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_old;
    QString m_new;
    QString m_independent;
    QString m_dropped;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_old = path(QStringLiteral("old.schemata"));
        m_new = path(QStringLiteral("new.schemata"));
        m_independent = path(QStringLiteral("independent.schemata"));
        m_dropped = path(QStringLiteral("dropped.schemata"));
        QVERIFY(writeFile(m_old, project({})));
        // Same ids: the customer table renamed, a column added to order.
        Shape next;
        next.customerName = QStringLiteral("client");
        next.orderHasTotal = true;
        QVERIFY(writeFile(m_new, project(next)));
        // The same edit in a document with its own ids.
        next.idPrefix = QStringLiteral("x_");
        QVERIFY(writeFile(m_independent, project(next)));
        Shape dropped;
        dropped.orderHasNote = false;
        QVERIFY(writeFile(m_dropped, project(dropped)));
    }

    void identicalModelsGiveAnEmptyScript_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const char* d : {"postgres", "mysql", "mariadb", "sqlite"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void identicalModelsGiveAnEmptyScript()
    {
        QFETCH(QString, dialect);
        for (const QString& direction : {QString(), QStringLiteral("--down")}) {
            QStringList args{QStringLiteral("diff"), m_old, m_old, QStringLiteral("--dialect"),
                             dialect};
            if (!direction.isEmpty())
                args.append(direction);
            const CliRun r = runCli(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.out.isEmpty(), "an empty plan still renders its comment");
            QCOMPARE(statementLines(r.out), QStringList());
            QCOMPARE(r.err, QString());
        }
    }

    void renameByIdIsAnExactRename()
    {
        const CliRun up = runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--dialect"),
                                  QStringLiteral("postgres")});
        QCOMPARE(up.exitCode, 0);
        QVERIFY2(up.out.contains(renameTo(QStringLiteral("client"))), qPrintable(up.out));
        QVERIFY2(up.out.contains(QRegularExpression(QStringLiteral("ADD COLUMN .*\\btotal\\b"))),
                 qPrintable(up.out));
        QVERIFY2(!up.out.contains(QLatin1String("DROP TABLE")), qPrintable(up.out));
        QVERIFY2(!up.err.contains(QLatin1String("possible rename")), qPrintable(up.err));

        const CliRun down =
            runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--dialect"),
                    QStringLiteral("postgres"), QStringLiteral("--down")});
        QCOMPARE(down.exitCode, 0);
        QVERIFY2(down.out.contains(renameTo(QStringLiteral("customer"))), qPrintable(down.out));
        QVERIFY2(down.out.contains(QLatin1String("DROP COLUMN")), qPrintable(down.out));
        QVERIFY(down.out != up.out);
    }

    void dialectDefaultsToTheNewDocument()
    {
        const CliRun implicit = runCli({QStringLiteral("diff"), m_old, m_new});
        const CliRun explicitPg = runCli({QStringLiteral("diff"), m_old, m_new,
                                          QStringLiteral("--dialect"), QStringLiteral("postgres")});
        QCOMPARE(implicit.exitCode, 0);
        QCOMPARE(implicit.out, explicitPg.out);
        const CliRun sqlite = runCli({QStringLiteral("diff"), m_old, m_new,
                                      QStringLiteral("--dialect"), QStringLiteral("sqlite")});
        QCOMPARE(sqlite.exitCode, 0);
        QVERIFY(sqlite.out != implicit.out);
        QVERIFY2(sqlite.out.contains(renameTo(QStringLiteral("client"))), qPrintable(sqlite.out));
    }

    void nameMatchingReportsCandidates()
    {
        // Two documents sharing no ids: matched by name, the rename is only a candidate.
        const CliRun r = runCli({QStringLiteral("diff"), m_old, m_independent,
                                 QStringLiteral("--dialect"), QStringLiteral("postgres")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(
                     QLatin1String("possible rename: table public.customer -> public.client")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("DROP TABLE")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("CREATE TABLE")), qPrintable(r.out));
        // --by-name forces the same on documents that do share ids.
        const CliRun forced =
            runCli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--dialect"),
                    QStringLiteral("postgres"), QStringLiteral("--by-name")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.err.contains(
                     QLatin1String("possible rename: table public.customer -> public.client")),
                 qPrintable(forced.err));
    }

    void irreversibleStepsAreReported()
    {
        const CliRun r = runCli({QStringLiteral("diff"), m_old, m_dropped,
                                 QStringLiteral("--dialect"), QStringLiteral("postgres")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("DROP COLUMN")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("irreversible:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("note")), qPrintable(r.err));
    }

    void deterministic()
    {
        const QStringList args{QStringLiteral("diff"), m_old, m_independent,
                               QStringLiteral("--dialect"), QStringLiteral("mysql")};
        const CliRun first = runCli(args);
        QCOMPARE(first.exitCode, 0);
        for (int i = 0; i < 2; ++i) {
            const CliRun again = runCli(args);
            QCOMPARE(again.out, first.out);
            QCOMPARE(again.err, first.err);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QString old = path(QStringLiteral("old.schemata"));
        const QString missing = path(QStringLiteral("missing.schemata"));
        const QString notJson = path(QStringLiteral("not-json.schemata"));
        const QString invalid = path(QStringLiteral("invalid.schemata"));
        QTest::newRow("no files") << QStringList{QStringLiteral("diff")} << 2
                                  << QStringLiteral("usage: schemata diff");
        QTest::newRow("one file") << QStringList{QStringLiteral("diff"), old} << 2
                                  << QStringLiteral("usage: schemata diff");
        QTest::newRow("three files") << QStringList{QStringLiteral("diff"), old, old, old} << 2
                                     << QStringLiteral("usage: schemata diff");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("diff"), old, old, QStringLiteral("--up")} << 2
            << QStringLiteral("--up");
        QTest::newRow("missing old")
            << QStringList{QStringLiteral("diff"), missing, old} << 2 << missing;
        QTest::newRow("missing new")
            << QStringList{QStringLiteral("diff"), old, missing} << 2 << missing;
        QTest::newRow("not json") << QStringList{QStringLiteral("diff"), old, notJson} << 2
                                  << notJson;
        QTest::newRow("unknown dialect")
            << QStringList{QStringLiteral("diff"), old, old, QStringLiteral("--dialect"),
                           QStringLiteral("oracle")}
            << 2 << QStringLiteral("unknown dialect \"oracle\"");
        QTest::newRow("model with errors")
            << QStringList{QStringLiteral("diff"), old, invalid} << 1 << invalid;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QVERIFY(writeFile(path(QStringLiteral("not-json.schemata")), "CREATE TABLE x (id int);"));
        // A primary key over a column the table does not have.
        Shape invalid;
        invalid.identityOnText = true;
        QVERIFY(writeFile(path(QStringLiteral("invalid.schemata")), project(invalid)));
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
