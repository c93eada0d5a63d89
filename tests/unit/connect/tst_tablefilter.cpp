// connect::TableFilter (table name globs, cutting a read model and reporting the foreign
// keys it cuts) and connect::CatalogProgress (per-table counting, throttling, cancel) —
// the parts of import filtering and progress that need no database. The engines are in
// tests/engines/tst_importfilter.
#include "connect/catalogprogress.h"
#include "connect/tablefilter.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

model::Table table(const QString& schema, const QString& name)
{
    model::Table t;
    t.id = core::Id(u"tbl:"_s + schema + u'.' + name);
    t.schemaId = core::Id(u"sch:"_s + schema);
    t.name = name;
    model::Column id;
    id.id = core::Id(u"col:"_s + schema + u'.' + name + u".id"_s);
    id.name = u"id"_s;
    t.columns << id;
    return t;
}

model::View view(const QString& schema, const QString& name, const QString& sql)
{
    model::View v;
    v.id = core::Id(u"viw:"_s + schema + u'.' + name);
    v.schemaId = core::Id(u"sch:"_s + schema);
    v.name = name;
    v.sql = sql;
    return v;
}

// Tables public.customer, public.orders, public.order_line, public.sales (named like the
// schema), sales.orders; views
// public.order_report (`reportSql`), public.customer_names, sales.big_orders.
model::Model viewModel(const QString& reportSql)
{
    model::Model m;
    m.schemas << model::Schema{core::Id(u"sch:public"_s), u"public"_s, {}}
              << model::Schema{core::Id(u"sch:sales"_s), u"sales"_s, {}};
    m.tables << table(u"public"_s, u"customer"_s) << table(u"public"_s, u"orders"_s)
             << table(u"public"_s, u"order_line"_s) << table(u"public"_s, u"sales"_s)
             << table(u"sales"_s, u"orders"_s);
    m.views << view(u"public"_s, u"order_report"_s, reportSql)
            << view(u"public"_s, u"customer_names"_s, u"SELECT id FROM customer"_s)
            << view(u"sales"_s, u"big_orders"_s, u"SELECT id FROM sales.orders"_s);
    return m;
}

model::ForeignKey fk(const QString& name, const model::Table& target)
{
    model::ForeignKey k;
    k.id = core::Id(u"fk:"_s + name);
    k.name = name;
    k.referencedTableId = target.id;
    k.referencedColumnIds = {target.columns.at(0).id};
    return k;
}

} // namespace

class TestTableFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void includes_data()
    {
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("included");
        const QStringList none;
        QTest::newRow("no patterns") << none << none << true << u"public"_s << u"x"_s << true;
        QTest::newRow("star") << QStringList{u"order*"_s} << none << true << u"public"_s
                              << u"orders"_s << true;
        QTest::newRow("star misses")
            << QStringList{u"order*"_s} << none << true << u"public"_s << u"customer"_s << false;
        QTest::newRow("anchored") << QStringList{u"order"_s} << none << true << u"public"_s
                                  << u"orders"_s << false;
        QTest::newRow("question mark")
            << QStringList{u"t?"_s} << none << true << u"public"_s << u"t1"_s << true;
        QTest::newRow("question mark is one")
            << QStringList{u"t?"_s} << none << true << u"public"_s << u"t10"_s << false;
        QTest::newRow("qualified")
            << QStringList{u"sales.*"_s} << none << true << u"sales"_s << u"orders"_s << true;
        QTest::newRow("qualified other schema")
            << QStringList{u"sales.*"_s} << none << true << u"public"_s << u"orders"_s << false;
        QTest::newRow("star spans the dot")
            << QStringList{u"*s.o*"_s} << none << true << u"sales"_s << u"orders"_s << true;
        QTest::newRow("set") << QStringList{u"t[12]"_s} << none << true << u"main"_s << u"t2"_s
                             << true;
        QTest::newRow("case sensitive")
            << QStringList{u"Orders"_s} << none << true << u"public"_s << u"orders"_s << false;
        QTest::newRow("case insensitive")
            << QStringList{u"Orders"_s} << none << false << u"main"_s << u"orders"_s << true;
        QTest::newRow("exclude wins") << QStringList{u"*"_s} << QStringList{u"*_log"_s} << true
                                      << u"public"_s << u"audit_log"_s << false;
        QTest::newRow("exclude only")
            << none << QStringList{u"public.tmp*"_s} << true << u"public"_s << u"tmp1"_s << false;
        QTest::newRow("exclude elsewhere")
            << none << QStringList{u"public.tmp*"_s} << true << u"other"_s << u"tmp1"_s << true;
        QTest::newRow("blank patterns ignored")
            << QStringList{u"  "_s} << none << true << u"public"_s << u"x"_s << true;
    }
    void includes()
    {
        QFETCH(QStringList, tables);
        QFETCH(QStringList, excluded);
        QFETCH(bool, caseSensitive);
        QFETCH(QString, schema);
        QFETCH(QString, name);
        QFETCH(bool, included);
        const auto filter = connect::TableFilter::compile(
            tables, excluded, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (!filter)
            QFAIL(qPrintable(filter.error().toString()));
        QCOMPARE(filter.value().includes(schema, name), included);
    }

    void invalidPatternNamesIt()
    {
        const auto filter =
            connect::TableFilter::compile({u"ok"_s}, {u"bad[x"_s}, Qt::CaseSensitive);
        QVERIFY(!filter.ok());
        QVERIFY2(filter.error().message.startsWith(u"exclude-table pattern \"bad[x\""_s),
                 qPrintable(filter.error().toString()));
    }

    void applyCutsTablesKeysAndNotes()
    {
        model::Model m;
        m.schemas << model::Schema{core::Id(u"sch:public"_s), u"public"_s, {}};
        model::Table customer = table(u"public"_s, u"customer"_s);
        model::Table orders = table(u"public"_s, u"orders"_s);
        model::Table line = table(u"public"_s, u"order_line"_s);
        orders.foreignKeys << fk(u"orders_customer_fk"_s, customer);
        line.foreignKeys << fk(u"line_order_fk"_s, orders);
        // A key to a table that was never read (another schema): not the filter's to report.
        model::Table elsewhere = table(u"other"_s, u"x"_s);
        line.foreignKeys << fk(u"line_x_fk"_s, elsewhere);
        m.tables << customer << line << orders;
        connect::ImportReport report;
        report.tables = 3;
        report.notes << model::Diagnostic{model::Diagnostic::Severity::Info,
                                          u"catalog-read"_s,
                                          u"public.customer.id"_s,
                                          u"about customer"_s,
                                          {}}
                     << model::Diagnostic{model::Diagnostic::Severity::Info,
                                          u"catalog-read"_s,
                                          u"public.orders.id"_s,
                                          u"about orders"_s,
                                          {}}
                     << model::Diagnostic{model::Diagnostic::Severity::Info, u"catalog-read"_s,
                                          u"somewhere"_s, u"by id"_s, customer.columns.at(0).id};

        const auto filter = connect::TableFilter::compile({u"order*"_s}, {}, Qt::CaseSensitive);
        if (!filter)
            QFAIL(qPrintable(filter.error().toString()));
        filter.value().apply(m, report);

        QCOMPARE(m.tables.size(), 2);
        QCOMPARE(m.tables.at(0).name, u"order_line"_s);
        QCOMPARE(m.tables.at(1).name, u"orders"_s);
        QCOMPARE(m.tables.at(1).foreignKeys.size(), 0);
        QCOMPARE(m.tables.at(0).foreignKeys.size(), 2); // to orders (kept) and to other.x
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.at(0).objectType, u"foreign key"_s);
        QCOMPARE(report.items.at(0).name, u"public.orders.orders_customer_fk"_s);
        QCOMPARE(report.items.at(0).message,
                 u"references table public.customer, not imported (table filter)"_s);
        QCOMPARE(report.notes.size(), 1);
        QCOMPARE(report.notes.at(0).message, u"about orders"_s);
        QCOMPARE(report.tables, 2);
        QCOMPARE(report.filteredTables, 1);
        QVERIFY(report.toText().contains(u"1 tables left out by the table name filter\n"_s));
    }

    void applyDropsReportItemsOnRemovedTables()
    {
        model::Model m;
        m.schemas << model::Schema{core::Id(u"sch:public"_s), u"public"_s, {}};
        m.tables << table(u"public"_s, u"customer"_s) << table(u"public"_s, u"orders"_s);
        connect::ImportReport report;
        const auto item = [](const QString& type, const QString& name) {
            connect::ImportReportItem i;
            i.objectType = type;
            i.name = name;
            return i;
        };
        report.items << item(u"function"_s, u"public.customer.x()"_s)           // not table-bound
                     << item(u"trigger"_s, u"public.customer.customer_touch"_s) // goes
                     << item(u"trigger"_s, u"public.orders.orders_touch"_s)     // stays
                     << item(u"trigger"_s, u"public.customer"_s) // a trigger named like the table
                     << item(u"policy"_s, u"public.customer.own_rows"_s)    // goes
                     << item(u"row level security"_s, u"public.customer"_s) // goes
                     << item(u"partitioned table"_s, u"public.orders"_s);   // stays
        const auto filter = connect::TableFilter::compile({}, {u"customer"_s}, Qt::CaseSensitive);
        if (!filter)
            QFAIL(qPrintable(filter.error().toString()));
        filter.value().apply(m, report);
        QStringList left;
        for (const connect::ImportReportItem& i : report.items)
            left << i.objectType + u' ' + i.name;
        QCOMPARE(
            left,
            (QStringList{u"function public.customer.x()"_s, u"trigger public.orders.orders_touch"_s,
                         u"trigger public.customer"_s, u"partitioned table public.orders"_s}));
        QCOMPARE(report.filteredObjects, 3);
        QVERIFY2(report.toText().contains(u"1 tables left out by the table name filter, with 3 "
                                          "triggers, policies, rules … on them\n"_s),
                 qPrintable(report.toText()));
    }

    // Views are cut by the same patterns; a kept view naming a cut table or view is listed.
    void viewsFollowThePatterns_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("excluded");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected"); // "view: message" of the report items
        // order* keeps public.orders, public.order_line, sales.orders and the view
        // public.order_report; it cuts public.customer, public.sales, and the views
        // public.customer_names and sales.big_orders.
        const QStringList order{u"order*"_s};
        const QStringList none;
        const QString customer =
            u"public.order_report: references table public.customer, not imported "
            "(table filter)"_s;
        const QString names = u"public.order_report: references view public.customer_names, "
                              "not imported (table filter)"_s;
        const QString big = u"public.order_report: references view sales.big_orders, not "
                            "imported (table filter)"_s;
        const QString salesOrders = u"public.order_report: references table sales.orders, not "
                                    "imported (table filter)"_s;
        QTest::newRow("names nothing cut")
            << u"postgres"_s << order << none << u"SELECT o.id FROM orders o"_s << QStringList{};
        QTest::newRow("bare table")
            << u"postgres"_s << order << none
            << u"SELECT o.id FROM orders o JOIN customer c ON c.id = o.customer_id"_s
            << QStringList{customer};
        QTest::newRow("qualified table")
            << u"postgres"_s << order << none << u"SELECT x.id FROM public.customer x"_s
            << QStringList{customer};
        QTest::newRow("qualified column, listed once")
            << u"postgres"_s << order << none
            << u"SELECT customer.id, public.customer.id FROM orders, customer"_s
            << QStringList{customer};
        QTest::newRow("in order of mention")
            << u"postgres"_s << order << none
            << u"SELECT * FROM sales.big_orders, customer_names, customer"_s
            << QStringList{big, names, customer};
        QTest::newRow("a column of another table")
            << u"postgres"_s << order << none << u"SELECT o.customer FROM orders o"_s
            << QStringList{};
        QTest::newRow("string") << u"postgres"_s << order << none
                                << u"SELECT 'customer' AS kind FROM orders"_s << QStringList{};
        QTest::newRow("doubled quote in string")
            << u"postgres"_s << order << none << u"SELECT 'it''s customer' FROM orders"_s
            << QStringList{};
        QTest::newRow("E string with backslash")
            << u"postgres"_s << order << none << u"SELECT E'\\'customer' FROM orders"_s
            << QStringList{};
        QTest::newRow("dollar quote") << u"postgres"_s << order << none
                                      << u"SELECT $x$customer$x$ FROM orders"_s << QStringList{};
        QTest::newRow("comments")
            << u"postgres"_s << order << none
            << u"SELECT 1 -- customer\nFROM orders /* customer /* nested */ customer */"_s
            << QStringList{};
        QTest::newRow("alias") << u"postgres"_s << order << none
                               << u"SELECT id AS customer FROM orders"_s << QStringList{};
        QTest::newRow("function") << u"postgres"_s << order << none
                                  << u"SELECT customer(id) FROM orders"_s << QStringList{};
        QTest::newRow("number is not a name")
            << u"postgres"_s << order << none << u"SELECT 1.5e3 FROM orders"_s << QStringList{};
        QTest::newRow("bare name folds") << u"postgres"_s << order << none
                                         << u"SELECT * FROM CUSTOMER"_s << QStringList{customer};
        QTest::newRow("quoted name does not fold")
            << u"postgres"_s << order << none << u"SELECT * FROM \"Customer\""_s << QStringList{};
        QTest::newRow("quoted name")
            << u"postgres"_s << order << none << u"SELECT * FROM \"public\".\"customer\""_s
            << QStringList{customer};
        // public.* cuts sales.orders: a bare `orders` in a public view is public.orders.
        QTest::newRow("own schema first") << u"postgres"_s << QStringList{u"public.*"_s} << none
                                          << u"SELECT * FROM orders"_s << QStringList{};
        QTest::newRow("other schema qualified")
            << u"postgres"_s << QStringList{u"public.*"_s} << none
            << u"SELECT * FROM sales.orders"_s << QStringList{salesOrders};
        // order* cuts the table public.sales: `sales.` here is the schema.
        QTest::newRow("schema prefix is not a table")
            << u"postgres"_s << order << none << u"SELECT * FROM sales.orders"_s
            << QStringList{};
        QTest::newRow("mariadb backticks")
            << u"mariadb"_s << order << none << u"select `customer`.`id` AS `id` from `customer`"_s
            << QStringList{customer};
        QTest::newRow("mariadb backslash in string")
            << u"mariadb"_s << order << none << u"select 'it\\'s customer' from `orders`"_s
            << QStringList{};
        QTest::newRow("mariadb double quotes are a string")
            << u"mariadb"_s << order << none << u"select \"customer\" from `orders`"_s
            << QStringList{};
        QTest::newRow("mariadb hash comment")
            << u"mariadb"_s << order << none << u"select 1 # customer\nfrom `orders`"_s
            << QStringList{};
        QTest::newRow("mariadb case as stored")
            << u"mariadb"_s << order << none << u"select 1 from `Customer`"_s << QStringList{};
        QTest::newRow("sqlite brackets") << u"sqlite"_s << order << none
                                         << u"SELECT * FROM [customer]"_s << QStringList{customer};
        QTest::newRow("sqlite ignores case")
            << u"sqlite"_s << order << none << u"SELECT * FROM \"CUSTOMER\""_s
            << QStringList{customer};
    }
    void viewsFollowThePatterns()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, tables);
        QFETCH(QStringList, excluded);
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        model::Model m = viewModel(sql);
        connect::ImportReport report;
        const auto filter = connect::TableFilter::compile(
            tables, excluded, dialect == u"sqlite" ? Qt::CaseInsensitive : Qt::CaseSensitive,
            dialect);
        if (!filter)
            QFAIL(qPrintable(filter.error().toString()));
        filter.value().apply(m, report);
        QStringList kept;
        for (const model::View& v : m.views)
            kept << v.name;
        QVERIFY(kept.contains(u"order_report"_s));
        QStringList items;
        for (const connect::ImportReportItem& item : report.items) {
            QCOMPARE(item.objectType, u"view"_s);
            items << item.name + u": "_s + item.message;
        }
        QCOMPARE(items, expected);
    }

    void viewCountsAndNotes()
    {
        model::Model m = viewModel(u"SELECT * FROM customer_names"_s);
        connect::ImportReport report;
        report.tables = 5;
        report.views = 3;
        report.notes << model::Diagnostic{model::Diagnostic::Severity::Info,
                                          u"catalog-read"_s,
                                          u"sales.big_orders"_s,
                                          u"about a cut view"_s,
                                          {}}
                     << model::Diagnostic{model::Diagnostic::Severity::Info,
                                          u"catalog-read"_s,
                                          u"public.order_report"_s,
                                          u"about a kept view"_s,
                                          {}};
        const auto filter =
            connect::TableFilter::compile({u"order*"_s}, {}, Qt::CaseSensitive, u"postgres"_s);
        if (!filter)
            QFAIL(qPrintable(filter.error().toString()));
        filter.value().apply(m, report);
        QCOMPARE(m.views.size(), 1);
        QCOMPARE(m.views.at(0).name, u"order_report"_s);
        QCOMPARE(report.views, 1);
        QCOMPARE(report.filteredViews, 2);
        QCOMPARE(report.tables, 3);
        QCOMPARE(report.filteredTables, 2);
        QCOMPARE(report.notes.size(), 1);
        QCOMPARE(report.notes.at(0).message, u"about a kept view"_s);
        const QString text = report.toText();
        QVERIFY2(text.contains(u"3 tables, 1 views, 0 enums, 0 domains imported"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n2 tables and 2 views left out by the table name filter\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"not modelled view public.order_report: references view "
                               "public.customer_names, not imported (table filter)\n"_s),
                 qPrintable(text));

        // Only views cut: the line says so.
        connect::ImportReport viewsOnly;
        viewsOnly.filteredViews = 2;
        QVERIFY2(viewsOnly.toText().contains(u"\n2 views left out by the table name filter\n"_s),
                 qPrintable(viewsOnly.toText()));
    }

    void emptyFilterChangesNothing()
    {
        model::Model m;
        m.tables << table(u"main"_s, u"a"_s);
        connect::ImportReport report;
        connect::TableFilter().apply(m, report);
        QCOMPARE(m.tables.size(), 1);
        QCOMPARE(report.filteredTables, 0);
        QVERIFY(!report.toText().contains(u"left out"_s));
    }

    void progressCountsTablesAndThrottles()
    {
        QList<connect::ImportProgress> seen;
        connect::CatalogFilter filter;
        filter.progress = [&seen](const connect::ImportProgress& p) { seen << p; };
        {
            connect::CatalogProgress progress(filter, u"postgres"_s, u"columns"_s, 1000);
            // Ten rows per table, as a columns query returns them.
            for (int t = 0; t < 1000; ++t) {
                for (int c = 0; c < 10; ++c)
                    progress.row(QString::number(t));
            }
            progress.finish();
        }
        QCOMPARE(seen.first().toText(), u"columns 0/1000 tables"_s);
        QCOMPARE(seen.last().toText(), u"columns 1000/1000 tables"_s);
        QCOMPARE(seen.size(), 1 + 99 + 1); // start, every 10th table below the total, end
        QCOMPARE(seen.at(1).done, 10);

        seen.clear();
        connect::CatalogProgress empty(filter, u"postgres"_s, u"views"_s, 0, u"views"_s);
        empty.finish();
        QVERIFY(seen.isEmpty()); // nothing to count, nothing to say
    }

    void progressCheckSaysCancelled()
    {
        auto flag = std::make_shared<std::atomic<bool>>(false);
        connect::CatalogFilter filter;
        filter.cancelled = flag;
        const connect::CatalogProgress progress(filter, u"sqlite"_s, u"tables"_s, 5);
        QVERIFY(progress.check().ok());
        flag->store(true);
        const core::Status s = progress.check();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().toString(), u"sqlite catalog: tables: import cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestTableFilter)
#include "tst_tablefilter.moc"
