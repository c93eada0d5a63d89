#include "app/documentcontroller.h"
#include "document/documentformat.h"
#include "testdocument.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace schemata;
using app::DocumentController;

class TestDocumentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRestoresExactBytes();
    void typingMergesIntoOneStep();
    void mergeWindowSeparatesSlowEdits();
    void editsOfUnknownObjectsFail();
    void invalidTypeTextIsRejected();
    void removeColumnDropsItFromPrimaryKey();
    void dirtyFlagFollowsUndoStack();
    void saveOpenRoundTrip();
    void recentFilesAreCappedAndPersisted();
    void setDialectCanonicalises();
    void addTableToEmptyDocumentCreatesSchema();
};

void TestDocumentController::undoRestoresExactBytes()
{
    DocumentController controller(nullptr, 42);
    controller.setDocument(testing::sampleDocument());
    const QByteArray original = document::writeDocument(controller.document());
    const core::Id schemaId = controller.document().model.schemas.first().id;

    const auto tableId = controller.addTable(schemaId, QStringLiteral("invoice_note"));
    QVERIFY(tableId.ok());
    const auto columnId = controller.addColumn(tableId.value(), QStringLiteral("body"));
    QVERIFY(columnId.ok());
    QVERIFY(controller.renameTable(tableId.value(), QStringLiteral("invoice_notes")).ok());
    QVERIFY(controller.setColumnTypeText(columnId.value(), QStringLiteral("varchar(2000)")).ok());
    QVERIFY(controller.setColumnNullable(columnId.value(), false).ok());
    QVERIFY(controller.setColumnPii(columnId.value(), model::PiiCategory::Other).ok());
    QVERIFY(controller.setTableComment(tableId.value(), QStringLiteral("Free-text notes")).ok());
    QVERIFY(controller.setColumnPrimaryKey(columnId.value(), true).ok());

    const QByteArray edited = document::writeDocument(controller.document());
    QVERIFY(edited != original);
    const auto* table = controller.document().model.table(tableId.value());
    QVERIFY(table);
    QCOMPARE(table->name, QStringLiteral("invoice_notes"));
    QCOMPARE(table->columns.first().type.toString(), QStringLiteral("varchar(2000)"));
    QVERIFY(table->isPrimaryKeyColumn(columnId.value()));

    QUndoStack* stack = controller.undoStack();
    QCOMPARE(stack->count(), 8);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(document::writeDocument(controller.document()), original);
    QVERIFY(!controller.isDirty());

    while (stack->canRedo())
        stack->redo();
    QCOMPARE(document::writeDocument(controller.document()), edited);
}

void TestDocumentController::typingMergesIntoOneStep()
{
    DocumentController controller(nullptr, 7);
    controller.setDocument(testing::sampleDocument());
    const model::Table& first = controller.document().model.tables.first();
    const core::Id tableId = first.id;
    const QString originalName = first.name;
    QSignalSpy objectChanged(&controller, &DocumentController::objectChanged);

    QString typed;
    for (const QChar c : QStringLiteral("account")) {
        typed += c;
        QVERIFY(controller.renameTable(tableId, typed).ok());
    }
    QCOMPARE(controller.undoStack()->count(), 1);
    QCOMPARE(objectChanged.count(), 7);
    QCOMPARE(objectChanged.last().first().value<core::Id>(), tableId);
    QCOMPARE(controller.document().model.table(tableId)->name, QStringLiteral("account"));

    // A different property of the same object is a new step.
    QVERIFY(controller.setTableComment(tableId, QStringLiteral("x")).ok());
    QCOMPARE(controller.undoStack()->count(), 2);

    controller.undoStack()->undo();
    controller.undoStack()->undo();
    QCOMPARE(controller.document().model.table(tableId)->name, originalName);

    // Typing back to the original value leaves nothing to undo.
    controller.undoStack()->clear();
    QVERIFY(controller.renameTable(tableId, originalName + QStringLiteral("x")).ok());
    QVERIFY(controller.renameTable(tableId, originalName).ok());
    QCOMPARE(controller.undoStack()->count(), 0);
}

void TestDocumentController::mergeWindowSeparatesSlowEdits()
{
    DocumentController controller(nullptr, 7);
    controller.setDocument(testing::sampleDocument());
    controller.setMergeWindow(std::chrono::milliseconds(20));
    const core::Id tableId = controller.document().model.tables.first().id;
    QVERIFY(controller.renameTable(tableId, QStringLiteral("a")).ok());
    QTest::qWait(60);
    QVERIFY(controller.renameTable(tableId, QStringLiteral("ab")).ok());
    QCOMPARE(controller.undoStack()->count(), 2);
}

void TestDocumentController::editsOfUnknownObjectsFail()
{
    DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    const QByteArray before = document::writeDocument(controller.document());
    const core::Id missing(QStringLiteral("tbl_missing"));
    QVERIFY(!controller.renameTable(missing, QStringLiteral("x")).ok());
    QVERIFY(!controller.renameColumn(missing, QStringLiteral("x")).ok());
    QVERIFY(!controller.addColumn(missing).ok());
    QVERIFY(!controller.removeObject(missing).ok());
    QVERIFY(!controller.addTable(missing).ok());
    QCOMPARE(controller.undoStack()->count(), 0);
    QCOMPARE(document::writeDocument(controller.document()), before);
}

void TestDocumentController::invalidTypeTextIsRejected()
{
    DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    const model::Column& column = controller.document().model.tables.first().columns.first();
    const core::Id columnId = column.id;
    const model::LogicalType before = column.type;
    const auto status = controller.setColumnTypeText(columnId, QStringLiteral("varchar("));
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.isEmpty());
    QCOMPARE(controller.tableOfColumn(columnId)->column(columnId)->type, before);
    QCOMPARE(controller.undoStack()->count(), 0);
}

void TestDocumentController::removeColumnDropsItFromPrimaryKey()
{
    DocumentController controller(nullptr, 3);
    controller.setDocument(testing::sampleDocument());
    const auto tableId = controller.addTable({}, QStringLiteral("t"));
    const auto columnId = controller.addColumn(tableId.value(), QStringLiteral("id"));
    QVERIFY(controller.setColumnPrimaryKey(columnId.value(), true).ok());
    QVERIFY(controller.document().model.table(tableId.value())->primaryKey.has_value());
    QVERIFY(!controller.document().model.table(tableId.value())->column(columnId.value())->nullable);
    QVERIFY(controller.removeObject(columnId.value()).ok());
    const model::Table* table = controller.document().model.table(tableId.value());
    QVERIFY(table->columns.isEmpty());
    QVERIFY(!table->primaryKey.has_value());
    QVERIFY(controller.removeObject(tableId.value()).ok());
    QVERIFY(!controller.document().model.table(tableId.value()));
}

void TestDocumentController::dirtyFlagFollowsUndoStack()
{
    DocumentController controller(nullptr, 5);
    controller.setDocument(testing::sampleDocument());
    QSignalSpy dirty(&controller, &DocumentController::dirtyChanged);
    QVERIFY(!controller.isDirty());
    QVERIFY(controller.addTable({}).ok());
    QVERIFY(controller.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.last().first().toBool(), true);
    controller.undoStack()->undo();
    QVERIFY(!controller.isDirty());
    QCOMPARE(dirty.last().first().toBool(), false);
    // An edit that changes nothing is not an edit.
    const auto& table = controller.document().model.tables.first();
    QVERIFY(controller.renameTable(table.id, table.name).ok());
    QVERIFY(!controller.isDirty());
}

void TestDocumentController::saveOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DocumentController controller(nullptr, 11);
    controller.setDocument(testing::sampleDocument());
    QVERIFY(!controller.save().ok()); // no path yet
    QCOMPARE(controller.displayName(), QStringLiteral("Untitled"));
    QVERIFY(controller.addTable({}, QStringLiteral("extra")).ok());
    const QString path = dir.filePath(QStringLiteral("project.schemata"));
    const auto saved = controller.saveAs(path);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(!controller.isDirty());
    QCOMPARE(controller.displayName(), QStringLiteral("project.schemata"));
    const QByteArray bytes = document::writeDocument(controller.document());

    DocumentController other(nullptr, 12);
    QSignalSpy replaced(&other, &DocumentController::documentReplaced);
    QVERIFY(other.open(path).ok());
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(document::writeDocument(other.document()), bytes);
    QCOMPARE(other.filePath(), path);
    QVERIFY(!other.open(dir.filePath(QStringLiteral("missing.schemata"))).ok());
    QCOMPARE(other.filePath(), path); // a failed open changes nothing
}

void TestDocumentController::recentFilesAreCappedAndPersisted()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QByteArray bytes = document::writeDocument(testing::sampleDocument());
    {
        DocumentController controller(&settings, 1);
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("p%1.schemata").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            file.close();
            QVERIFY(controller.open(path).ok());
        }
        // Reopening moves a file to the front instead of duplicating it.
        QVERIFY(controller.open(dir.filePath(QStringLiteral("p5.schemata"))).ok());
        const QStringList recent = controller.recentFiles();
        QCOMPARE(recent.size(), DocumentController::kMaxRecentFiles);
        QCOMPARE(recent.first(), dir.filePath(QStringLiteral("p5.schemata")));
        QCOMPARE(recent.at(1), dir.filePath(QStringLiteral("p11.schemata")));
        QCOMPARE(recent.count(dir.filePath(QStringLiteral("p5.schemata"))), 1);
    }
    DocumentController reloaded(&settings, 2);
    QCOMPARE(reloaded.recentFiles().size(), DocumentController::kMaxRecentFiles);
    QCOMPARE(reloaded.recentFiles().first(), dir.filePath(QStringLiteral("p5.schemata")));
    reloaded.clearRecentFiles();
    QVERIFY(DocumentController(&settings, 3).recentFiles().isEmpty());
}

void TestDocumentController::setDialectCanonicalises()
{
    DocumentController controller(nullptr, 1);
    controller.setDocument(testing::sampleDocument());
    QVERIFY(controller.setDialect(QStringLiteral("sqlite3")).ok());
    QCOMPARE(controller.document().dialect, QStringLiteral("sqlite"));
    QVERIFY(!controller.setDialect(QStringLiteral("oracle")).ok());
    QCOMPARE(controller.document().dialect, QStringLiteral("sqlite"));
}

void TestDocumentController::addTableToEmptyDocumentCreatesSchema()
{
    DocumentController controller(nullptr, 21);
    controller.newDocument();
    const auto first = controller.addTable({});
    const auto second = controller.addTable({});
    QVERIFY(first.ok() && second.ok());
    const auto& m = controller.document().model;
    QCOMPARE(m.schemas.size(), 1);
    QCOMPARE(m.schemas.first().name, QStringLiteral("public"));
    QCOMPARE(m.table(first.value())->name, QStringLiteral("table_1"));
    QCOMPARE(m.table(second.value())->name, QStringLiteral("table_2"));
    QCOMPARE(m.table(second.value())->schemaId, m.schemas.first().id);
    const auto column = controller.addColumn(first.value());
    QCOMPARE(controller.tableOfColumn(column.value())->column(column.value())->name,
             QStringLiteral("column_1"));
    // Undoing the first table also removes the schema that was created for it.
    controller.undoStack()->undo();
    controller.undoStack()->undo();
    controller.undoStack()->undo();
    QVERIFY(controller.document() == document::Document{});
}

QTEST_GUILESS_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
