// The property panel's column type field against the columns grid's Type cell: the same
// suggestions and completion, the same store rules (typeFromText), red for text that
// cannot be stored, italic for a pinned type, one undo step; and the validation dock
// showing the unknown-type warning for a misspelt pinned type.
// SCHEMATA_SCREENSHOTS=1 writes docs/screenshots/validation-unknown-type.png.

#include "app/documentcontroller.h"
#include "model/validator.h"
#include "testdocument.h"
#include "widgets/documenttreemodel.h"
#include "widgets/mainwindow.h"
#include "widgets/propertypanel.h"
#include "widgets/tableeditor/columnstablemodel.h"
#include "widgets/tableeditor/typesuggestions.h"
#include "widgets/validationpanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLineEdit>
#include <QStringListModel>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

// PostgreSQL, one enum, one table with two columns of the same type (one for the panel,
// one for the grid) that carry a MySQL pin the edits must keep.
document::Document twinColumns()
{
    document::Document doc;
    doc.name = u"types"_s;
    doc.dialect = u"postgres"_s;
    const core::Id schema(u"sch_1"_s);
    doc.model.schemas.append(model::Schema{schema, u"public"_s, {}});
    model::EnumType mood;
    mood.id = core::Id(u"enm_1"_s);
    mood.schemaId = schema;
    mood.name = u"mood"_s;
    mood.values = {u"happy"_s, u"sad"_s};
    doc.model.enums.append(mood);
    model::Table t;
    t.id = core::Id(u"tbl_1"_s);
    t.schemaId = schema;
    t.name = u"t"_s;
    for (const char* name : {"panel", "grid"}) {
        model::Column c;
        c.id = core::Id(u"col_"_s + QLatin1String(name));
        c.name = QLatin1String(name);
        c.type.kind = model::LogicalType::Kind::Integer;
        c.type.overrides.insert(u"mysql"_s, u"mediumint"_s);
        t.columns.append(c);
    }
    doc.model.tables.append(t);
    return doc;
}

const model::Column* columnOf(const app::DocumentController& controller, const QString& id)
{
    const model::Table* t = controller.tableOfColumn(core::Id(id));
    return t ? t->column(core::Id(id)) : nullptr;
}

QComboBox* typeField(const QWidget* panel)
{
    return panel->findChild<QComboBox*>(u"columnType"_s);
}

// Replaces the field's text by typing, as a user does, and commits it with Return.
void typeInto(QComboBox* combo, const QString& text)
{
    if (!combo)
        QFAIL("no type field");
    QLineEdit* edit = combo->lineEdit();
    if (!edit)
        QFAIL("the type field is not editable");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TstPropertyPanelType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheGridsSuggestions();
    void storesLikeTheGrid_data();
    void storesLikeTheGrid();
    void halfTypedIsRedAndNotStored();
    void pinnedIsItalicAndUndoable();
    void validationDockShowsUnknownType();
};

void TstPropertyPanelType::offersTheGridsSuggestions()
{
    app::DocumentController controller(nullptr, 3);
    controller.setDocument(twinColumns());
    widgets::PropertyPanel panel(&controller);
    panel.setObject(core::Id(u"col_panel"_s));
    QComboBox* combo = typeField(&panel);
    if (!combo)
        QFAIL("no type field");

    QStringList offered;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemText(i).isEmpty()) // separators have no text
            offered << combo->itemText(i);
    }
    widgets::ColumnsTableModel grid(&controller);
    grid.setTable(core::Id(u"tbl_1"_s));
    const QStringList gridChoices = grid.index(1, widgets::ColumnsTableModel::Type)
                                        .data(widgets::MemberTableModel::ChoicesRole)
                                        .toStringList();
    QVERIFY(!gridChoices.isEmpty());
    QCOMPARE(offered, gridChoices);
    QVERIFY(offered.contains(u"enum mood"_s));
    QVERIFY(offered.contains(u"citext"_s));

    QCompleter* completer = combo->completer();
    if (!completer)
        QFAIL("no completer");
    QCOMPARE(completer->filterMode(), Qt::MatchContains);
    const auto* list = qobject_cast<QStringListModel*>(completer->model());
    if (!list)
        QFAIL("the completer has no string list");
    QCOMPARE(list->stringList(), gridChoices);
    QVERIFY(combo->validator());
    QCOMPARE(combo->currentText(), u"integer"_s);

    // A new enum is offered without reopening the panel, and the field keeps its text.
    document::Document doc = controller.document();
    model::EnumType size;
    size.id = core::Id(u"enm_2"_s);
    size.schemaId = doc.model.schemas.first().id;
    size.name = u"size"_s;
    size.values = {u"s"_s};
    QVERIFY(controller
                .applyEdit(u"Add Enum"_s, size.id, {},
                           [&](document::Document& d) -> core::Status {
                               d.model.enums.append(size);
                               return {};
                           })
                .ok());
    QVERIFY(combo->findText(u"enum size"_s) >= 0);
    QCOMPARE(combo->currentText(), u"integer"_s);
}

void TstPropertyPanelType::storesLikeTheGrid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pinned");

    QTest::newRow("logical") << u"varchar(40)"_s << false;
    QTest::newRow("alias") << u"int8"_s << false;
    QTest::newRow("enum") << u"enum mood"_s << false;
    QTest::newRow("extension type") << u"citext"_s << true;
    QTest::newRow("range") << u"int4range"_s << true;
    QTest::newRow("array") << u"text[]"_s << true;
    QTest::newRow("typo") << u"integr"_s << true;
    QTest::newRow("parameter inside the name") << u"timestamp(3) with time zone"_s << true;
}

void TstPropertyPanelType::storesLikeTheGrid()
{
    QFETCH(QString, text);
    QFETCH(bool, pinned);
    app::DocumentController controller(nullptr, 3);
    controller.setDocument(twinColumns());
    widgets::PropertyPanel panel(&controller);
    panel.setObject(core::Id(u"col_panel"_s));
    typeInto(typeField(&panel), text);

    widgets::ColumnsTableModel grid(&controller);
    grid.setTable(core::Id(u"tbl_1"_s));
    QVERIFY(grid.setData(grid.index(1, widgets::ColumnsTableModel::Type), text, Qt::EditRole));

    const model::Column* byPanel = columnOf(controller, u"col_panel"_s);
    const model::Column* byGrid = columnOf(controller, u"col_grid"_s);
    if (!byPanel || !byGrid)
        QFAIL("columns missing");
    QCOMPARE(byPanel->type.toString(), byGrid->type.toString());
    QCOMPARE(byPanel->type.overrides, byGrid->type.overrides);
    QCOMPARE(byPanel->type.enumId, byGrid->type.enumId);
    QCOMPARE(byPanel->type, byGrid->type);
    // The other dialect's pin survives either way; the document dialect's pin is the text.
    QCOMPARE(byPanel->type.overrides.value(u"mysql"_s), u"mediumint"_s);
    QCOMPARE(byPanel->type.overrides.contains(u"postgres"_s), pinned);
    if (pinned)
        QCOMPARE(byPanel->type.overrides.value(u"postgres"_s), text);
    // What the field shows stores exactly this type again (the user's spelling may stay:
    // "int8" for bigint).
    const auto shown = widgets::typeFromText(controller.document(), byPanel->type,
                                             typeField(&panel)->currentText());
    QVERIFY(shown.ok());
    QCOMPARE(shown.value(), byPanel->type);
}

void TstPropertyPanelType::halfTypedIsRedAndNotStored()
{
    app::DocumentController controller(nullptr, 3);
    controller.setDocument(twinColumns());
    widgets::PropertyPanel panel(&controller);
    panel.setObject(core::Id(u"col_panel"_s));
    QComboBox* combo = typeField(&panel);
    if (!combo)
        QFAIL("no type field");
    const QColor normal = combo->palette().color(QPalette::Text);

    for (const QString& text : {u"enum nosuch"_s, u"varchar("_s}) {
        typeInto(combo, text);
        const model::Column* c = columnOf(controller, u"col_panel"_s);
        if (!c)
            QFAIL("column missing");
        QVERIFY2(c->type.kind != model::LogicalType::Kind::Enum, qPrintable(text));
        QVERIFY2(!c->type.overrides.contains(u"postgres"_s) ||
                     c->type.overrides.value(u"postgres"_s) != text,
                 qPrintable(text));
        QCOMPARE(combo->currentText(), text); // the user's text stays
        QVERIFY(combo->palette().color(QPalette::Text) != normal);
        QVERIFY(!combo->toolTip().isEmpty());
    }
    typeInto(combo, u"varchar(20)"_s);
    const model::Column* c = columnOf(controller, u"col_panel"_s);
    if (!c)
        QFAIL("column missing");
    QCOMPARE(c->type.toString(), u"varchar(20)"_s);
    QCOMPARE(combo->palette().color(QPalette::Text), normal);
}

void TstPropertyPanelType::pinnedIsItalicAndUndoable()
{
    app::DocumentController controller(nullptr, 3);
    controller.setDocument(twinColumns());
    const QByteArray before = document::writeDocument(controller.document());
    widgets::PropertyPanel panel(&controller);
    panel.setObject(core::Id(u"col_panel"_s));
    QComboBox* combo = typeField(&panel);
    if (!combo)
        QFAIL("no type field");
    QVERIFY(!combo->font().italic());

    // A pinned type is stored on commit only, not letter by letter ("c", "ci", …).
    combo->lineEdit()->selectAll();
    QTest::keyClick(combo->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(combo->lineEdit(), u"citext"_s);
    QCOMPARE(document::writeDocument(controller.document()), before);
    QCOMPARE(combo->currentText(), u"citext"_s);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    const model::Column* c = columnOf(controller, u"col_panel"_s);
    if (!c)
        QFAIL("column missing");
    QCOMPARE(c->type.overrides.value(u"postgres"_s), u"citext"_s);
    QVERIFY(combo->font().italic());
    QCOMPARE(combo->currentText(), u"citext"_s);
    // Typing is one undo step, however many keys it took.
    QCOMPARE(controller.undoStack()->count(), 1);
    controller.undoStack()->undo();
    QCOMPARE(document::writeDocument(controller.document()), before);
    QCOMPARE(combo->currentText(), u"integer"_s);
    QVERIFY(!combo->font().italic());
    controller.undoStack()->redo();
    QCOMPARE(combo->currentText(), u"citext"_s);
    QVERIFY(combo->font().italic());
}

void TstPropertyPanelType::validationDockShowsUnknownType()
{
    app::DocumentController controller(nullptr, 7);
    document::Document doc = testing::sampleDocument();
    doc.dialect = u"postgres"_s;
    controller.setDocument(doc);
    widgets::MainWindow window(&controller);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const model::Table* table = nullptr;
    for (const model::Table& t : controller.document().model.tables) {
        if (!table || t.name == u"orders"_s)
            table = &t;
    }
    if (!table || table->columns.size() < 2)
        QFAIL("the sample has no table with two columns");
    const core::Id columnId = table->columns.at(1).id;
    const QString path =
        model::objectPath(controller.document().model, *table, table->columns.at(1).name);
    window.selectObject(columnId);
    widgets::PropertyPanel* panel = window.propertyPanel();
    if (!panel)
        QFAIL("no property panel");
    QCOMPARE(panel->objectId(), columnId);
    typeInto(typeField(panel), u"integr"_s);
    window.flushPendingUpdates();

    const widgets::ValidationPanel* validation = window.validationPanel();
    if (!validation)
        QFAIL("no validation panel");
    const QString expected = u"Type 'integr' is not a built-in PostgreSQL type (an extension or "
                             "domain type? check the spelling); did you mean 'integer'?"_s;
    int found = 0;
    for (const model::Diagnostic& d : validation->diagnostics()) {
        if (d.code == u"unknown-type") {
            ++found;
            QCOMPARE(d.severity, model::Diagnostic::Severity::Warning);
            QCOMPARE(d.path, path);
            QCOMPARE(d.message, expected);
            QCOMPARE(d.objectId, columnId);
        }
    }
    QCOMPARE(found, 1);
    // The panel's type field says the same where the type is edited.
    QCOMPARE(typeField(panel)->toolTip(), expected);
    // The dock lists it as a row a person can read.
    QTreeWidget* list = validation->list();
    bool listed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        for (int col = 0; col < item->columnCount(); ++col)
            listed = listed || item->text(col).contains(u"integr"_s);
    }
    QVERIFY(listed);
    // The model tree names the type the column has in this dialect, not the portable one.
    const widgets::DocumentTreeModel* tree = window.treeModel();
    if (!tree)
        QFAIL("no tree model");
    const QModelIndex row = tree->indexOfObject(columnId);
    QVERIFY(row.isValid());
    QCOMPARE(tree->data(row.siblingAtColumn(1)).toString().section(u' ', 0, 0), u"integr"_s);

    if (qEnvironmentVariableIsEmpty("SCHEMATA_SCREENSHOTS"))
        return;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (dock->widget() == validation) {
            dock->show();
            dock->raise();
            window.resizeDocks({dock}, {260}, Qt::Vertical);
        }
    }
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(0).contains(u"integr"_s) || item->text(1).contains(u"integr"_s) ||
            item->text(2).contains(u"integr"_s))
            list->setCurrentItem(item);
    }
    QTest::qWait(100);
    const QString file =
        QStringLiteral(SCHEMATA_SOURCE_DIR "/docs/screenshots/validation-unknown-type.png");
    QVERIFY(window.grab().save(file, "PNG"));
}

QTEST_MAIN(TstPropertyPanelType)
#include "tst_propertypaneltype.moc"
