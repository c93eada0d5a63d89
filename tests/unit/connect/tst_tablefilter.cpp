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
