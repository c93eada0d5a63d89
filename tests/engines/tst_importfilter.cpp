// Import filters, progress and cancel (issue 5) on the three real engines: table name
// patterns with the engine's case rules and cut foreign keys reported, views cut by the
// same patterns and kept views that name a cut table or view reported, progress phases
// as the readers go, and a cancel set from another thread mid-read that ends the import
// with "import cancelled" inside the phase it was set in.
#include "connect/liveimport.h"
#include "mariadbserver.h"
#include "postgresserver.h"
#include "sqlitedatabase.h"
#include "sqlscript.h"

#include <QTest>
#include <algorithm>
#include <future>
#include <mutex>
#include <thread>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBulkTables = 30;
constexpr int kTables = 6 + kBulkTables;

// Portable SQL; `q` quotes an identifier the dialect's way (only "Mixed" needs it).
QStringList schemaStatements(const QString& dialect)
{
    const QString mixed = dialect == u"mariadb" ? u"`Mixed`"_s : u"\"Mixed\""_s;
    QStringList sql{
        u"CREATE TABLE customer (id integer PRIMARY KEY, name varchar(50))"_s,
        u"CREATE TABLE product (id integer PRIMARY KEY, title varchar(50))"_s,
        u"CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, "
        "CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id))"_s,
        u"CREATE TABLE order_line (id integer PRIMARY KEY, order_id integer, product_id integer, "
        "CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES orders (id), "
        "CONSTRAINT order_line_product_fk FOREIGN KEY (product_id) REFERENCES product (id))"_s,
        u"CREATE TABLE audit_log (id integer PRIMARY KEY, entry varchar(200))"_s,
        u"CREATE TABLE %1 (id integer PRIMARY KEY)"_s.arg(mixed),
    };
    if (dialect == u"postgres") {
        // Triggers on a table left out leave the report with it; the others stay.
        sql << u"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
               "$$BEGIN RETURN NEW; END$$"_s
            << u"CREATE TRIGGER customer_touch BEFORE UPDATE ON customer FOR EACH ROW "
               "EXECUTE FUNCTION touch()"_s
            << u"CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW "
               "EXECUTE FUNCTION touch()"_s;
    }
    for (int i = 0; i < kBulkTables; ++i)
        sql << u"CREATE TABLE t%1 (id integer PRIMARY KEY, a varchar(10), b integer)"_s.arg(
            i, 2, 10, QLatin1Char('0'));
    return sql;
}

// A database of its own for the views (the main one keeps its phase counts): tables,
// and views over them and over each other, as each engine stores them.
QStringList viewStatements()
{
    return {
        u"CREATE TABLE customer (id integer PRIMARY KEY, name varchar(50))"_s,
        u"CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, "
        "CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id))"_s,
        u"CREATE TABLE order_line (id integer PRIMARY KEY, order_id integer, "
        "CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES orders (id))"_s,
        u"CREATE VIEW order_summary AS SELECT o.id, c.name FROM orders o "
        "JOIN customer c ON c.id = o.customer_id"_s,
        u"CREATE VIEW customer_names AS SELECT name FROM customer"_s,
        u"CREATE VIEW order_report AS SELECT name FROM customer_names"_s,
        u"CREATE VIEW order_totals AS SELECT order_id, count(*) AS n FROM order_line "
        "GROUP BY order_id"_s,
        // The name in a string, and an alias: neither is a reference.
        u"CREATE VIEW order_kind AS SELECT 'customer' AS kind, id AS customer FROM orders"_s,
    };
}

QStringList viewNames(const model::Model& m)
{
    QStringList names;
    for (const model::View& v : m.views)
        names << v.name;
    names.sort();
    return names;
}

// "view: message" of the report's view items, in report order.
QStringList viewItems(const connect::ImportReport& report)
{
    QStringList items;
    for (const connect::ImportReportItem& item : report.items) {
        if (item.objectType == u"view")
            items << item.name + u": "_s + item.message;
    }
    return items;
}

QStringList tableNames(const model::Model& m)
{
    QStringList names;
    for (const model::Table& t : m.tables)
        names << t.name;
    names.sort();
    return names;
}

QStringList cutForeignKeys(const connect::ImportReport& report)
{
    QStringList cut;
    for (const connect::ImportReportItem& item : report.items) {
        if (item.objectType == u"foreign key")
            cut << item.name + u": "_s + item.message;
    }
    cut.sort();
    return cut;
}

// Progress reports, from whichever thread the import runs on.
struct Recorder
{
    std::mutex mutex;
    QList<connect::ImportProgress> reports;

    void add(const connect::ImportProgress& p)
    {
        const std::lock_guard lock(mutex);
        reports << p;
    }
};

} // namespace

class TestImportFilter : public QObject
{
    Q_OBJECT
    enginetest::PostgresServer m_pg;
    enginetest::MariaDbServer m_my;
    enginetest::SqliteDatabase m_lite;
    QString m_sqlitePath;
    QString m_sqliteViewsPath;

    // The "shopviews" database (viewStatements()) of `dialect`.
    connect::ConnectionProfile viewsProfile(const QString& dialect) const
    {
        connect::ConnectionProfile p = profile(dialect);
        p.database = dialect == u"sqlite" ? m_sqliteViewsPath : u"shopviews"_s;
        return p;
    }
    static QString viewsSchemaOf(const QString& dialect)
    {
        return dialect == u"mariadb" ? u"shopviews"_s : schemaOf(dialect);
    }

    connect::ConnectionProfile profile(const QString& dialect) const
    {
        connect::ConnectionProfile p;
        p.dialect = dialect;
        if (dialect == u"postgres") {
            p.socket = m_pg.socketDirectory();
            p.port = 5432;
            p.user = u"postgres"_s;
            p.database = u"shop"_s;
        } else if (dialect == u"mariadb") {
            p.socket = m_my.socketPath();
            p.user = u"root"_s;
            p.database = u"shop"_s;
        } else {
            p.database = m_sqlitePath;
        }
        return p;
    }
    static QString schemaOf(const QString& dialect)
    {
        return dialect == u"postgres" ? u"public"_s : dialect == u"mariadb" ? u"shop"_s : u"main"_s;
    }
    static void addDialectRows()
    {
        QTest::addColumn<QString>("dialect");
        for (const char* d : {"postgres", "mariadb", "sqlite"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const core::Status s = m_pg.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        if (const core::Status s = m_my.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        const auto pg = m_pg.createDatabase(u"shop"_s);
        if (!pg)
            QFAIL(qPrintable(pg.error().toString()));
        const auto my = m_my.createDatabase(u"shop"_s);
        if (!my)
            QFAIL(qPrintable(my.error().toString()));
        const auto lite = m_lite.createDatabase(u"shop"_s);
        if (!lite)
            QFAIL(qPrintable(lite.error().toString()));
        m_sqlitePath = lite.value().databaseName();
        for (const auto& [dialect, db] :
             {std::pair{u"postgres"_s, pg.value()}, std::pair{u"mariadb"_s, my.value()},
              std::pair{u"sqlite"_s, lite.value()}}) {
            if (const core::Status s = enginetest::executeStatements(db, schemaStatements(dialect));
                !s)
                QFAIL(qPrintable(dialect + u": "_s + s.error().toString()));
        }
        const auto pgViews = m_pg.createDatabase(u"shopviews"_s);
        if (!pgViews)
            QFAIL(qPrintable(pgViews.error().toString()));
        const auto myViews = m_my.createDatabase(u"shopviews"_s);
        if (!myViews)
            QFAIL(qPrintable(myViews.error().toString()));
        const auto liteViews = m_lite.createDatabase(u"shopviews"_s);
        if (!liteViews)
            QFAIL(qPrintable(liteViews.error().toString()));
        m_sqliteViewsPath = liteViews.value().databaseName();
        for (const QSqlDatabase& db : {pgViews.value(), myViews.value(), liteViews.value()}) {
            if (const core::Status s = enginetest::executeStatements(db, viewStatements()); !s)
                QFAIL(qPrintable(db.driverName() + u": "_s + s.error().toString()));
        }
    }

    // Views follow the table patterns; a kept view that names a table or view left out
    // stays and is listed, in the order its SQL (as the engine stores it) names them.
    void viewsFollowThePatterns_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QStringList>("keptTables");
        QTest::addColumn<QStringList>("keptViews");
        QTest::addColumn<QStringList>("items"); // "%1" = the schema
        QTest::addColumn<QString>("summary");
        const QStringList customerCut{
            u"%1.order_report: references view %1.customer_names, not imported (table filter)"_s,
            u"%1.order_summary: references table %1.customer, not imported (table filter)"_s};
        const QStringList orderTables{u"order_line"_s, u"orders"_s};
        const QStringList orderViews{u"order_kind"_s, u"order_report"_s, u"order_summary"_s,
                                     u"order_totals"_s};
        for (const char* d : {"postgres", "mariadb", "sqlite"}) {
            const QString dialect = QString::fromLatin1(d);
            QTest::addRow("%s include", d)
                << dialect << QStringList{u"order*"_s} << QStringList{} << orderTables << orderViews
                << customerCut << u"1 tables and 1 views left out by the table name filter"_s;
            QTest::addRow("%s exclude", d)
                << dialect << QStringList{} << QStringList{u"customer*"_s} << orderTables
                << orderViews << customerCut
                << u"1 tables and 1 views left out by the table name filter"_s;
            // Qualified, and matching only a view: every table is left out.
            QTest::addRow("%s qualified view only", d)
                << dialect << QStringList{u"%1.order_s*"_s.arg(viewsSchemaOf(dialect))}
                << QStringList{} << QStringList{} << QStringList{u"order_summary"_s}
                << QStringList{u"%1.order_summary: references table %1.orders, not imported "
                               "(table filter)"_s,
                               u"%1.order_summary: references table %1.customer, not "
                               "imported (table filter)"_s}
                << u"3 tables and 4 views left out by the table name filter"_s;
        }
    }
    void viewsFollowThePatterns()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, tables);
        QFETCH(QStringList, excluded);
        QFETCH(QStringList, keptTables);
        QFETCH(QStringList, keptViews);
        QFETCH(QStringList, items);
        QFETCH(QString, summary);
        const QString schema = viewsSchemaOf(dialect);
        connect::CatalogFilter filter;
        filter.tables = tables;
        filter.excludedTables = excluded;
        const auto result = connect::importDatabase(viewsProfile(dialect), {}, filter);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(tableNames(r.model), keptTables);
        QCOMPARE(viewNames(r.model), keptViews);
        QStringList expected;
        for (const QString& item : std::as_const(items))
            expected << item.arg(schema);
        QVERIFY2(viewItems(r.report) == expected, qPrintable(r.report.toText()));
        QCOMPARE(r.report.views, int(keptViews.size()));
        QCOMPARE(r.report.filteredViews, 5 - int(keptViews.size()));
        QVERIFY2(r.report.toText().contains(summary), qPrintable(r.report.toText()));
    }

    void includePatternCutsForeignKeys_data() { addDialectRows(); }
    void includePatternCutsForeignKeys()
    {
        QFETCH(QString, dialect);
        const QString schema = schemaOf(dialect);
        connect::CatalogFilter filter;
        filter.tables = {u"order*"_s};
        const auto result = connect::importDatabase(profile(dialect), {}, filter);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        const connect::ImportResult& r = result.value();
        QCOMPARE(tableNames(r.model), (QStringList{u"order_line"_s, u"orders"_s}));
        // order_line → orders stays; the two keys into tables left out are reported.
        const QStringList expected{
            u"%1.order_line.order_line_product_fk: references table %1.product, not imported "
            "(table filter)"_s.arg(schema),
            u"%1.orders.orders_customer_fk: references table %1.customer, not imported "
            "(table filter)"_s.arg(schema)};
        QCOMPARE(cutForeignKeys(r.report), expected);
        const model::Table* line = r.model.tableByName(schema, u"order_line");
        if (!line)
            QFAIL("order_line missing");
        QCOMPARE(line->foreignKeys.size(), 1);
        QCOMPARE(line->foreignKeys.at(0).name, u"order_line_order_fk"_s);
        QCOMPARE(r.report.tables, 2);
        QCOMPARE(r.report.filteredTables, kTables - 2);
        if (dialect == u"postgres") {
            QStringList triggers;
            for (const connect::ImportReportItem& item : r.report.items) {
                if (item.objectType == u"trigger")
                    triggers << item.name;
            }
            QCOMPARE(triggers, QStringList{u"public.orders.orders_touch"_s});
            QCOMPARE(r.report.filteredObjects, 1);
        }
        QVERIFY2(r.report.toText().contains(
                     u"%1 tables left out by the table name filter"_s.arg(kTables - 2)),
                 qPrintable(r.report.toText()));
        // The model is whole: every FK points at a table that is there.
        for (const model::Table& t : r.model.tables) {
            for (const model::ForeignKey& fk : t.foreignKeys)
                QVERIFY2(r.model.table(fk.referencedTableId), qPrintable(t.name + u'.' + fk.name));
        }
    }

    void excludeAndQualifiedPatterns_data() { addDialectRows(); }
    void excludeAndQualifiedPatterns()
    {
        QFETCH(QString, dialect);
        const QString schema = schemaOf(dialect);
        connect::CatalogFilter filter;
        filter.excludedTables = {u"t??"_s, u"%1.audit_*"_s.arg(schema)};
        const auto result = connect::importDatabase(profile(dialect), {}, filter);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        QCOMPARE(
            tableNames(result.value().model),
            (QStringList{u"Mixed"_s, u"customer"_s, u"order_line"_s, u"orders"_s, u"product"_s}));
        QVERIFY(cutForeignKeys(result.value().report).isEmpty());

        // A qualified include and a bare one together; an include that also matches an
        // exclude is left out.
        filter = {};
        filter.tables = {u"%1.customer"_s.arg(schema), u"t0?"_s};
        filter.excludedTables = {u"t05"_s};
        const auto both = connect::importDatabase(profile(dialect), {}, filter);
        if (!both)
            QFAIL(qPrintable(both.error().toString()));
        QCOMPARE(tableNames(both.value().model),
                 (QStringList{u"customer"_s, u"t00"_s, u"t01"_s, u"t02"_s, u"t03"_s, u"t04"_s,
                              u"t06"_s, u"t07"_s, u"t08"_s, u"t09"_s}));
    }

    void caseFollowsTheEngine_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("expected");
        // PostgreSQL compares names as stored; MariaDB on Linux (lower_case_table_names=0)
        // too; SQLite ignores ASCII case.
        QTest::newRow("postgres") << u"postgres"_s << QStringList{};
        QTest::newRow("mariadb") << u"mariadb"_s << QStringList{};
        QTest::newRow("sqlite") << u"sqlite"_s << QStringList{u"Mixed"_s};
    }
    void caseFollowsTheEngine()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, expected);
        connect::CatalogFilter filter;
        filter.tables = {u"mixed"_s};
        const auto lower = connect::importDatabase(profile(dialect), {}, filter);
        if (!lower)
            QFAIL(qPrintable(lower.error().toString()));
        QCOMPARE(tableNames(lower.value().model), expected);
        filter.tables = {u"Mixed"_s};
        const auto exact = connect::importDatabase(profile(dialect), {}, filter);
        if (!exact)
            QFAIL(qPrintable(exact.error().toString()));
        QCOMPARE(tableNames(exact.value().model), QStringList{u"Mixed"_s});
    }

    void badPatternIsAnError()
    {
        connect::CatalogFilter filter;
        filter.tables = {u"order[*"_s};
        const auto result = connect::importDatabase(profile(u"sqlite"_s), {}, filter);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(u"\"order[*\""_s),
                 qPrintable(result.error().toString()));
    }

    void progressReportsEachPhase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("phases");
        QTest::newRow("postgres") << u"postgres"_s
                                  << QStringList{u"tables"_s, u"columns"_s, u"constraints"_s,
                                                 u"indexes"_s, u"report"_s};
        QTest::newRow("mariadb") << u"mariadb"_s
                                 << QStringList{u"tables"_s, u"columns"_s, u"constraints"_s,
                                                u"indexes"_s};
        QTest::newRow("sqlite") << u"sqlite"_s << QStringList{u"tables"_s};
    }
    void progressReportsEachPhase()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, phases);
        Recorder recorder;
        connect::CatalogFilter filter;
        filter.progress = [&recorder](const connect::ImportProgress& p) { recorder.add(p); };
        const auto result = connect::importDatabase(profile(dialect), {}, filter);
        if (!result)
            QFAIL(qPrintable(result.error().toString()));
        // Phases in order, each counting up and ending complete.
        QStringList seen;
        for (qsizetype i = 0; i < recorder.reports.size(); ++i) {
            const connect::ImportProgress& p = recorder.reports.at(i);
            if (seen.isEmpty() || seen.last() != p.phase) {
                QVERIFY2(!seen.contains(p.phase), qPrintable(p.toText()));
                seen << p.phase;
            } else {
                QVERIFY2(p.done >= recorder.reports.at(i - 1).done, qPrintable(p.toText()));
            }
            QVERIFY2(p.done <= p.total, qPrintable(p.toText()));
            const bool lastOfPhase =
                i + 1 == recorder.reports.size() || recorder.reports.at(i + 1).phase != p.phase;
            if (lastOfPhase)
                QVERIFY2(p.isComplete(), qPrintable(p.toText()));
        }
        QCOMPARE(seen, phases);
        const auto tables =
            std::find_if(recorder.reports.crbegin(), recorder.reports.crend(),
                         [](const connect::ImportProgress& p) { return p.phase == u"tables"; });
        QVERIFY(tables != recorder.reports.crend());
        QCOMPARE(tables->toText(), u"tables %1/%1 tables"_s.arg(kTables));
        if (dialect != u"sqlite") {
            const auto columns = std::find_if(
                recorder.reports.crbegin(), recorder.reports.crend(),
                [](const connect::ImportProgress& p) { return p.phase == u"columns"; });
            QVERIFY(columns != recorder.reports.crend());
            QCOMPARE(columns->toText(), u"columns %1/%1 tables"_s.arg(kTables));
            // One report per table: the phase is counted table by table, not row by row.
            const auto perTable = std::count_if(
                recorder.reports.cbegin(), recorder.reports.cend(),
                [](const connect::ImportProgress& p) { return p.phase == u"columns"; });
            QCOMPARE(perTable, qsizetype(kTables + 1)); // 0/N, 1/N … N/N
        }
    }

    // The cancel flag is set by this (the test's) thread while the import runs on a worker,
    // at a point fixed by the progress callback: after `after` tables of `phase`. The
    // worker waits in the callback until the flag is set, so the moment is deterministic;
    // the readers must then stop at their next row, inside that phase.
    void cancelFromAnotherThreadStopsInThePhase_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("after");
        QTest::newRow("postgres columns") << u"postgres"_s << u"columns"_s << 10;
        QTest::newRow("postgres constraints") << u"postgres"_s << u"constraints"_s << 20;
        QTest::newRow("mariadb columns") << u"mariadb"_s << u"columns"_s << 10;
        QTest::newRow("mariadb constraints") << u"mariadb"_s << u"constraints"_s << 1;
        QTest::newRow("sqlite tables") << u"sqlite"_s << u"tables"_s << 10;
        QTest::newRow("postgres report") << u"postgres"_s << u"report"_s << 2;
    }
    void cancelFromAnotherThreadStopsInThePhase()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, phase);
        QFETCH(int, after);
        const auto flag = std::make_shared<std::atomic<bool>>(false);
        std::promise<void> reached;
        std::promise<void> set;
        std::shared_future<void> flagSet = set.get_future().share();
        std::atomic<int> reportsAfterCancel = 0;
        bool asked = false;
        connect::CatalogFilter filter;
        filter.cancelled = flag;
        filter.progress = [&](const connect::ImportProgress& p) {
            if (flag->load()) {
                ++reportsAfterCancel;
                return;
            }
            if (!asked && p.phase == phase && p.done >= after) {
                asked = true;
                reached.set_value();
                flagSet.wait();
            }
        };
        core::Result<connect::ImportResult> result =
            core::Error{u"test"_s, u"the worker did not run"_s};
        const connect::ConnectionProfile p = profile(dialect);
        std::thread worker([&] { result = connect::importDatabase(p, {}, filter); });
        auto future = reached.get_future();
        const bool wasReached =
            future.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
        flag->store(true);
        set.set_value();
        worker.join();
        QVERIFY2(wasReached, "the import never reached the cancel point");
        QVERIFY2(!result.ok(), "a cancelled import returned a model");
        QVERIFY2(result.error().message == u"import cancelled"_s,
                 qPrintable(result.error().toString()));
        // Stopped at the next row: nothing was reported after the flag was set (a reader
        // that checked only between phases would report the rest of this phase).
        QCOMPARE(reportsAfterCancel.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportFilter)
#include "tst_importfilter.moc"
