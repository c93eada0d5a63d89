// The import report dialog says what the table name patterns left out (tables, views,
// triggers … on them) and lists the kept views that name a table left out, so a filtered
// import is not mistaken for a small database.
#include "widgets/connect/importreportdialog.h"

#include <QTest>
#include <QTreeWidget>

using namespace schemata;
using namespace Qt::StringLiterals;

class TestImportReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summarySaysWhatTheFilterLeftOut()
    {
        connect::ImportReport report;
        report.source = u"postgresql://app@db/shop"_s;
        report.tables = 2;
        report.views = 1;
        report.filteredTables = 3;
        report.filteredViews = 2;
        report.filteredObjects = 1;
        connect::ImportReportItem item;
        item.objectType = u"view"_s;
        item.name = u"public.order_summary"_s;
        item.message = u"references table public.customer, not imported (table filter)"_s;
        report.items << item;
        widgets::ImportReportDialog dialog(report);
        QVERIFY2(dialog.summaryText().endsWith(
                     u"\nLeft out by the table name filter: 3 table(s), 2 view(s), 1 trigger(s), "
                     "policies or rules on those tables."_s),
                 qPrintable(dialog.summaryText()));
        QTreeWidget* items = dialog.itemList();
        QCOMPARE(items->topLevelItemCount(), 1);
        QCOMPARE(items->topLevelItem(0)->text(1), u"view public.order_summary"_s);
        QCOMPARE(items->topLevelItem(0)->text(3), item.message);
    }

    void noFilterNoLine()
    {
        connect::ImportReport report;
        report.tables = 4;
        widgets::ImportReportDialog dialog(report);
        QVERIFY2(!dialog.summaryText().contains(u"Left out"_s), qPrintable(dialog.summaryText()));

        report.filteredViews = 1; // only views left out
        widgets::ImportReportDialog viewsOnly(report);
        QVERIFY2(
            viewsOnly.summaryText().endsWith(u"\nLeft out by the table name filter: 1 view(s)."_s),
            qPrintable(viewsOnly.summaryText()));
    }
};

QTEST_MAIN(TestImportReportDialog)
#include "tst_importreportdialog.moc"
