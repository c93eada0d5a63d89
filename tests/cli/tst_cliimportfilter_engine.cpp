// `schemata import --table/--exclude-table/--progress` on the real binary against a real
// PostgreSQL (issue 5): the patterns pick the tables and views, cut foreign keys and kept
// views over a cut table are listed in the report, and progress goes to stderr one line per
// phase when stderr is not a terminal.
#include "clirun.h"
#include "postgresserver.h"
#include "sqlscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::runCli;

// Table names in a saved project, sorted.
QStringList savedTables(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"<cannot open "_s + path + u'>'};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QStringList names;
    for (const QJsonValue& table : root.value(u"model"_s).toObject().value(u"tables"_s).toArray())
        names << table.toObject().value(u"name"_s).toString();
    names.sort();
    return names;
}

// View names in a saved project, sorted.
QStringList savedViews(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {u"<cannot open "_s + path + u'>'};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QStringList names;
    for (const QJsonValue& view : root.value(u"model"_s).toObject().value(u"views"_s).toArray())
        names << view.toObject().value(u"name"_s).toString();
    names.sort();
    return names;
}

QStringList linesStartingWith(const QString& text, const QString& prefix)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(prefix))
            lines << line;
    }
    return lines;
}

} // namespace

class TestCliImportFilter : public QObject
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
            u"CREATE SCHEMA archive;"
            "CREATE TABLE customer (id integer PRIMARY KEY);"
            "CREATE TABLE product (id integer PRIMARY KEY);"
            "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer "
            "CONSTRAINT orders_customer_fk REFERENCES customer (id));"
            "CREATE TABLE order_line (id integer PRIMARY KEY, "
            "order_id integer CONSTRAINT order_line_order_fk REFERENCES orders (id), "
            "product_id integer CONSTRAINT order_line_product_fk REFERENCES product (id));"
            "CREATE TABLE archive.orders (id integer PRIMARY KEY);"
            "CREATE TABLE \"Audit\" (id integer PRIMARY KEY);"
            "CREATE VIEW order_customers AS SELECT o.id, c.id AS customer FROM orders o "
            "JOIN customer c ON c.id = o.customer_id;"
            "CREATE VIEW product_list AS SELECT id FROM product"_s);
        if (!s)
            QFAIL(qPrintable(s.error().toString()));
        m_url = u"postgresql://postgres@/shop?host=%1&port=5432"_s.arg(m_pg.socketDirectory());
    }

    void patterns_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("tables");
        // Report lines of the foreign keys cut, in the model's table order.
        QTest::addColumn<QStringList>("cut");
        const QString cutCustomer =
            u"not modelled foreign key public.orders.orders_customer_fk: references table "
            "public.customer, not imported (table filter)"_s;
        const QString cutProduct =
            u"not modelled foreign key public.order_line.order_line_product_fk: references "
            "table public.product, not imported (table filter)"_s;
        const QString cutOrders =
            u"not modelled foreign key public.order_line.order_line_order_fk: references table "
            "public.orders, not imported (table filter)"_s;
        QTest::newRow("include glob, both schemas")
            << QStringList{u"--table"_s, u"order*"_s}
            << QStringList{u"order_line"_s, u"orders"_s, u"orders"_s}
            << QStringList{cutProduct, cutCustomer}; // in model order
        QTest::newRow("qualified include")
            << QStringList{u"--table=public.order*"_s} << QStringList{u"order_line"_s, u"orders"_s}
            << QStringList{cutProduct, cutCustomer}; // in model order
        QTest::newRow("comma list and exclude")
            << QStringList{u"--table"_s, u"public.*"_s, u"--exclude-table"_s, u"orders,Audit"_s}
            << QStringList{u"customer"_s, u"order_line"_s, u"product"_s} << QStringList{cutOrders};
        // PostgreSQL compares names as stored: "audit" is not "Audit".
        QTest::newRow("case as the engine")
            << QStringList{u"--table"_s, u"audit"_s, u"--table"_s, u"?ustomer"_s}
            << QStringList{u"customer"_s} << QStringList{};
        QTest::newRow("schema option and exclude")
            << QStringList{u"--schema"_s, u"archive"_s, u"--exclude-table"_s, u"x*"_s}
            << QStringList{u"orders"_s} << QStringList{};
    }
    void patterns()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, tables);
        QFETCH(QStringList, cut);
        const QString out = m_dir.filePath(
            u"%1.schemata"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const CliRun run =
            runCli(QStringList{u"import"_s, u"--url"_s, m_url, u"-o"_s, out} + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(savedTables(out), tables);
        QCOMPARE(linesStartingWith(run.err, u"not modelled foreign key"_s), cut);
        // Not a terminal and no --progress: no progress lines in the log.
        QVERIFY2(linesStartingWith(run.err, u"columns "_s).isEmpty(), qPrintable(run.err));
    }

    // Views follow the same patterns (pg_dump's -t does too); a kept view over a table left
    // out is listed.
    void viewsAreFilteredToo()
    {
        const QString out = m_dir.filePath(u"views.schemata"_s);
        const CliRun run = runCli(
            {u"import"_s, u"--url"_s, m_url, u"-o"_s, out, u"--table"_s, u"public.order*"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(savedViews(out), QStringList{u"order_customers"_s});
        QCOMPARE(linesStartingWith(run.err, u"not modelled view"_s),
                 QStringList{u"not modelled view public.order_customers: references table "
                             "public.customer, not imported (table filter)"_s});
        QVERIFY2(run.err.contains(u"\n4 tables and 1 views left out by the table name filter\n"_s),
                 qPrintable(run.err));

        // Without patterns every view comes in.
        const QString all = m_dir.filePath(u"allviews.schemata"_s);
        const CliRun plain = runCli({u"import"_s, u"--url"_s, m_url, u"-o"_s, all});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(savedViews(all), (QStringList{u"order_customers"_s, u"product_list"_s}));
        QVERIFY(linesStartingWith(plain.err, u"not modelled view"_s).isEmpty());
    }

    void progressIsOneLinePerPhase()
    {
        const QString out = m_dir.filePath(u"progress.schemata"_s);
        const CliRun run = runCli({u"import"_s, u"--url"_s, m_url, u"-o"_s, out, u"--progress"_s,
                                   u"--exclude-table"_s, u"Audit"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Counted before the filter: six tables are read, one is then left out.
        QCOMPARE(linesStartingWith(run.err, u"tables "_s), QStringList{u"tables 6/6 tables"_s});
        QCOMPARE(linesStartingWith(run.err, u"columns "_s), QStringList{u"columns 6/6 tables"_s});
        QCOMPARE(linesStartingWith(run.err, u"constraints "_s),
                 QStringList{u"constraints 6/6 tables"_s});
        QCOMPARE(linesStartingWith(run.err, u"layout "_s).size(), 1);
        QVERIFY2(run.err.contains(u"1 tables left out by the table name filter"_s),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(u'\r'), "a log got terminal line rewrites");
    }

    // A script's tables are cut the same way, with SQLite's case rules (ORDERS matches).
    void scriptImportIsFilteredToo()
    {
        const QString script = m_dir.filePath(u"shop.sql"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE customer (id INTEGER PRIMARY KEY);\n"
                   "CREATE TABLE Orders (id INTEGER PRIMARY KEY, customer_id INTEGER "
                   "CONSTRAINT orders_customer_fk REFERENCES customer (id));\n"
                   "CREATE TABLE audit_log (id INTEGER PRIMARY KEY);\n");
        file.close();
        const QString out = m_dir.filePath(u"script.schemata"_s);
        const CliRun run =
            runCli({u"import"_s, u"--sql"_s, script, u"--dialect"_s, u"sqlite"_s, u"-o"_s, out,
                    u"--table"_s, u"ORDERS,audit*"_s, u"--exclude-table"_s, u"*_log"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(savedTables(out), QStringList{u"Orders"_s});
        QCOMPARE(linesStartingWith(run.err, u"not modelled foreign key"_s),
                 QStringList{u"not modelled foreign key main.Orders.orders_customer_fk: references "
                             "table main.customer, not imported (table filter)"_s});
    }

    void badPatternFailsBeforeReading()
    {
        const CliRun run = runCli({u"import"_s, u"--url"_s, m_url, u"-o"_s,
                                   m_dir.filePath(u"bad.schemata"_s), u"--table"_s, u"[ab"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"table pattern \"[ab\" is not a valid glob"_s),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"bad.schemata"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliImportFilter)
#include "tst_cliimportfilter_engine.moc"
