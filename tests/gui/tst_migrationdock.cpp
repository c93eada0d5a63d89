// The studio's migration panel on the real widgets (offscreen): pending changes against
// the history's snapshot, findings with codes, up/down SQL per dialect, "Create
// Migration" as one undoable edit, and the history showing each migration's pair.
#include "app/documentcontroller.h"
#include "migrate/differ.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"
#include "testdocument.h"
#include "widgets/migration/migrationdock.h"
#include "widgets/sqlview.h"

#include <KSyntaxHighlighting/Repository>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace schemata;

namespace {

const QDateTime kFirst = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
const QDateTime kSecond = QDateTime(QDate(2026, 11, 21), QTime(14, 15), QTimeZone::UTC);

QStringList column(const QTreeWidget* list, int column)
{
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts.append(list->topLevelItem(i)->text(column));
    return texts;
}

} // namespace

class TestMigrationDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beforeTheFirstMigrationEverythingIsPending()
    {
        KSyntaxHighlighting::Repository repository;
        app::DocumentController controller(nullptr, 7);
        const document::Document doc = testing::sampleDocument();
        controller.setDocument(doc);
        widgets::MigrationDock dock(&controller, &repository);
        dock.setDialect(QStringLiteral("postgres"));
        dock.refreshNow();

        // No snapshot: the pending migration creates the whole model.
        const migrate::ChangeSet expected = migrate::diffModels({}, doc.model);
        QCOMPARE(dock.changes(), expected);
        QCOMPARE(dock.changesList()->topLevelItemCount(), expected.changes.size());
        QCOMPARE(dock.changesList()->topLevelItem(0)->text(1), expected.changes.first().path);
        QVERIFY(dock.createButton()->isEnabled());

        // The findings are the safety analysis of that plan, codes shown.
        const auto planner = migrate::createPlanner(u"postgres");
        if (!planner)
            QFAIL("no postgres planner");
        const migrate::Plan plan = planner->plan(expected, {}, doc.model);
        const migrate::Findings findings = migrate::analyzePlan(expected, plan, {}, doc.model);
        QCOMPARE(dock.findingsList()->topLevelItemCount(), findings.size());
        QStringList codes;
        for (const migrate::Finding& f : findings)
            codes.append(f.code);
        QCOMPARE(column(dock.findingsList(), 1), codes);

        // Up and down side by side are the rendered plan.
        QCOMPARE(dock.upView()->sql(), migrate::renderUp(plan));
        QCOMPARE(dock.downView()->sql(), migrate::renderDown(plan));
        QVERIFY(dock.upView()->sql().contains(QLatin1String("CREATE TABLE")));
    }

    void hiddenPanelDoesNoWork()
    {
        KSyntaxHighlighting::Repository repository;
        app::DocumentController controller(nullptr, 7);
        widgets::MigrationDock dock(&controller, &repository);
        controller.setDocument(testing::sampleDocument());
        QVERIFY(!dock.isVisible());
        QVERIFY(dock.changes().isEmpty()); // not planned while nobody looks
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_VERIFY(!dock.changes().isEmpty());
        QCOMPARE(dock.changes(), migrate::diffModels({}, controller.document().model));
    }

    void dialectSwitchReplans()
    {
        KSyntaxHighlighting::Repository repository;
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        widgets::MigrationDock dock(&controller, &repository);
        // Visible, the panel follows the document and the dialect by itself.
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setDialect(QStringLiteral("sqlite"));
        dock.setDialect(QStringLiteral("postgres"));
        QCOMPARE(dock.plan().dialect, QStringLiteral("postgres"));
        const QString postgres = dock.upView()->sql();
        dock.setDialect(QStringLiteral("sqlite"));
        QCOMPARE(dock.plan().dialect, QStringLiteral("sqlite"));
        QVERIFY(dock.upView()->sql() != postgres);
        QVERIFY(dock.upView()->sql().contains(QLatin1String("for sqlite")));
    }

    void createMigrationIsOneUndoableEdit()
    {
        KSyntaxHighlighting::Repository repository;
        app::DocumentController controller(nullptr, 7);
        controller.setDocument(testing::sampleDocument());
        widgets::MigrationDock dock(&controller, &repository);
        dock.setDialect(QStringLiteral("postgres"));
        dock.refreshNow();
        const QString pendingUp = dock.upView()->sql();

        const core::Status created = dock.createMigration(QStringLiteral("initial_schema"), kFirst);
        if (!created)
            QFAIL(qPrintable(created.error().toString()));
        QCOMPARE(controller.document().history.migrations.size(), 1);
        QCOMPARE(controller.undoStack()->count(), 1);
        // Nothing pending any more; the history shows the new migration and its pair.
        QVERIFY(dock.changes().isEmpty());
        QVERIFY(!dock.createButton()->isEnabled());
        QCOMPARE(dock.historyList()->topLevelItemCount(), 2); // the migration + "pending"
        QCOMPARE(dock.historyList()->topLevelItem(0)->text(0), QStringLiteral("20261120093000"));
        QCOMPARE(dock.historyList()->topLevelItem(0)->text(1), QStringLiteral("initial_schema"));
        QCOMPARE(dock.historyList()->currentItem(), dock.historyList()->topLevelItem(0));
        const document::Migration& migration = controller.document().history.migrations.first();
        QCOMPARE(dock.upView()->sql(), migration.scripts.value(QStringLiteral("postgres")).up);
        QCOMPARE(dock.downView()->sql(), migration.scripts.value(QStringLiteral("postgres")).down);
        QCOMPARE(dock.upView()->sql(), pendingUp);

        // A second migration with nothing changed is refused and pushes nothing.
        const core::Status empty = dock.createMigration(QStringLiteral("nothing"), kSecond);
        QVERIFY(!empty);
        QCOMPARE(controller.undoStack()->count(), 1);

        // An edit becomes pending; a bad name is refused; a good one appends.
        const model::Table& first = controller.document().model.tables.first();
        QVERIFY(controller.renameTable(first.id, first.name + QStringLiteral("_renamed")));
        dock.refreshNow();
        QCOMPARE(dock.changes().changes.size(), 1);
        QCOMPARE(dock.changes().changes.first().op, migrate::ChangeOp::Rename);
        const int before = controller.undoStack()->count();
        QVERIFY(!dock.createMigration(QStringLiteral("!!!"), kSecond));
        QCOMPARE(controller.undoStack()->count(), before);
        QVERIFY(dock.createMigration(QStringLiteral("rename_first_table"), kSecond));
        QCOMPARE(controller.document().history.migrations.size(), 2);
        QVERIFY(dock.upView()->sql().contains(QLatin1String("RENAME TO")));

        // Undo takes the migration back out and the change is pending again.
        controller.undoStack()->undo();
        dock.refreshNow();
        QCOMPARE(controller.document().history.migrations.size(), 1);
        QCOMPARE(dock.changes().changes.size(), 1);
        QVERIFY(dock.createButton()->isEnabled());

        // Showing an older migration, then the pending pair again.
        dock.showMigration(0);
        QCOMPARE(dock.upView()->sql(), migration.scripts.value(QStringLiteral("postgres")).up);
        dock.showMigration(-1);
        QVERIFY(dock.upView()->sql().contains(QLatin1String("RENAME TO")));
    }
};

QTEST_MAIN(TestMigrationDock)
#include "tst_migrationdock.moc"
