// PostgreSQL domains in the studio: the model helpers that keep a domain's columns on its
// base type, the undoable commands, the model tree's Domains folder, the property panel's
// domain page, the domain dialog, the type cell offering domains (PostgreSQL and MySQL),
// delete with its question, and copy/paste of tables declared with domains.
// SCHEMATA_SCREENSHOTS=1 writes docs/screenshots/domain-*.png.

#include "app/documentcontroller.h"
#include "app/domaincommands.h"
#include "app/tableclipboard.h"
#include "diagram/diagramgeometry.h"
#include "document/documentformat.h"
#include "model/domainedits.h"
#include "testdocument.h"
#include "widgets/documenttreemodel.h"
#include "widgets/domaindialog.h"
#include "widgets/domainsummary.h"
#include "widgets/mainwindow.h"
#include "widgets/propertypanel.h"
#include "widgets/tableeditor/columnstablemodel.h"
#include "widgets/tableeditor/memberstab.h"
#include "widgets/tableeditor/tableeditordock.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

const core::Id kEmail(u"dom_email"_s);
const core::Id kMoney(u"dom_money"_s);

// The shared sample with two domains: public.email_address over varchar(320) NOT NULL
// with a check, used by users.email and customers.email; billing.money over
// numeric(12,2) with a default, used by nothing yet.
document::Document withDomains()
{
    document::Document doc = testing::sampleDocument();
    model::Model& m = doc.model;
    const core::Id publicId = m.schemas.value(0).id;
    const core::Id billingId = m.schemas.size() > 1 ? m.schemas[1].id : publicId;
    model::DomainType email;
    email.id = kEmail;
    email.schemaId = publicId;
    email.name = u"email_address"_s;
    email.baseType.kind = model::LogicalType::Kind::Varchar;
    email.baseType.length = 320;
    email.notNull = true;
    email.checks = {model::CheckConstraint{core::Id(u"ck_email_at"_s), u"email_address_check"_s,
                                           u"VALUE ~ '^[^@]+@[^@]+$'"_s}};
    email.comment = u"An e-mail address as typed by its owner"_s;
    m.domains.append(email);
    model::DomainType money;
    money.id = kMoney;
    money.schemaId = billingId;
    money.name = u"money_amount"_s;
    money.baseType.kind = model::LogicalType::Kind::Decimal;
    money.baseType.precision = 12;
    money.baseType.scale = 2;
    money.defaultExpression = u"0"_s;
    money.checks = {model::CheckConstraint{core::Id(u"ck_money_pos"_s), {}, u"VALUE >= 0"_s}};
    m.domains.append(money);
    for (model::Table& t : m.tables) {
        for (model::Column& c : t.columns) {
            if (c.name == u"email")
                c.type = model::domainColumnType(email);
        }
    }
    return doc;
}

const model::Column* findColumn(const model::Model& m, const QString& table, const QString& column)
{
    for (const model::Table& t : m.tables) {
        if (t.name == table)
            return t.columnByName(column);
    }
    return nullptr;
}

const model::Table* findTable(const model::Model& m, const QString& table)
{
    for (const model::Table& t : m.tables) {
        if (t.name == table)
            return &t;
    }
    return nullptr;
}

// Answers the next dialog of type Dialog that a modal exec() shows, from the event loop.
template <typename Dialog>
void whenShown(QObject* context, const std::function<void(Dialog*)>& answer)
{
    QTimer::singleShot(0, context, [answer] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<Dialog*>(w); dialog && dialog->isVisible())
                answer(dialog);
        }
    });
}

void screenshot(const QPixmap& pixmap, const char* name)
{
    const QString file =
        QStringLiteral(SCHEMATA_SOURCE_DIR "/docs/screenshots/") + QLatin1String(name);
    QVERIFY2(pixmap.save(file, "PNG"), qPrintable(file));
}

} // namespace

class TstDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelHelpersKeepColumnsOnTheBaseType();
    void checkDomainRejects_data();
    void checkDomainRejects();
    void commandsAreUndoable();
    void treeListsDomainsPerSchema();
    void propertyPanelShowsDomain();
    void dialogEditsAndValidates();
    void typeCellOffersDomains_data();
    void typeCellOffersDomains();
    void typeCellSetsDomainAndLeavesIt();
    void deleteAsksAndTurnsColumnsIntoBaseType();
    void contextMenus();
    void dialogsFromTheTree();
    void pasteKeepsOrDropsDomain();
    void screenshots();
};

void TstDomains::modelHelpersKeepColumnsOnTheBaseType()
{
    document::Document doc = withDomains();
    QCOMPARE(model::domainUses(doc.model, kEmail).size(), 2);
    QCOMPARE(model::domainUses(doc.model, kEmail).first().path, u"public.users.email"_s);
    QVERIFY(model::domainUses(doc.model, kMoney).isEmpty());

    // A new base type reaches every column declared with the domain, and only those.
    model::DomainType email = *doc.model.domainType(kEmail);
    email.baseType = model::LogicalType::parse(u"text"_s).value();
    email.baseType.overrides.insert(u"postgres"_s, u"citext"_s);
    const model::Column* fullName = findColumn(doc.model, u"users"_s, u"full_name"_s);
    if (!fullName)
        QFAIL("the sample has no users.full_name");
    const model::LogicalType fullNameBefore = fullName->type;
    QVERIFY(model::updateDomain(doc.model, email).ok());
    for (const model::DomainUse& use : model::domainUses(doc.model, kEmail)) {
        const model::Column* c = doc.model.table(use.tableId)->column(use.columnId);
        if (!c)
            QFAIL("a use names no column");
        QCOMPARE(c->type.kind, model::LogicalType::Kind::Text);
        QCOMPARE(c->type.length, -1);
        QCOMPARE(c->type.overrides.value(u"postgres"_s), u"citext"_s);
        QCOMPARE(c->type.domainId, kEmail);
    }
    QCOMPARE(findColumn(doc.model, u"users"_s, u"full_name"_s)->type, fullNameBefore);

    // Removing it leaves the base type on the columns and no dangling domainId.
    QList<model::DomainUse> changed;
    QVERIFY(model::removeDomain(doc.model, kEmail, &changed).ok());
    QCOMPARE(changed.size(), 2);
    QVERIFY(!doc.model.domainType(kEmail));
    const model::Column* email2 = findColumn(doc.model, u"customers"_s, u"email"_s);
    if (!email2)
        QFAIL("no customers.email");
    QVERIFY(email2->type.domainId.isNull());
    QCOMPARE(email2->type.kind, model::LogicalType::Kind::Text);
    QVERIFY(!model::removeDomain(doc.model, kEmail).ok());
}

void TstDomains::checkDomainRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << u"name"_s << u" "_s << u"needs a name"_s;
    QTest::newRow("clash with a domain")
        << u"name"_s << u"email_address"_s << u"already has a domain"_s;
    QTest::newRow("clash with an enum")
        << u"name"_s << u"order_status"_s << u"already has an enum"_s;
    QTest::newRow("no schema") << u"schema"_s << u"sch_nosuch"_s << u"schema does not exist"_s;
    QTest::newRow("domain over domain") << u"base"_s << QString() << u"cannot be a domain"_s;
    QTest::newRow("empty check") << u"check"_s << u"  "_s << u"check 1 has no expression"_s;
}

void TstDomains::checkDomainRejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const document::Document doc = withDomains();
    model::DomainType d;
    d.id = core::Id(u"dom_new"_s);
    d.schemaId = doc.model.schemas.first().id;
    d.name = u"postal_code"_s;
    QVERIFY(model::checkDomain(doc.model, d).ok());
    if (field == u"name")
        d.name = value;
    else if (field == u"schema")
        d.schemaId = core::Id(value);
    else if (field == u"base")
        d.baseType.domainId = kEmail;
    else if (field == u"check")
        d.checks.append(model::CheckConstraint{core::Id(u"ck_x"_s), u"x"_s, value});
    const core::Status status = model::checkDomain(doc.model, d);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(message), qPrintable(status.error().toString()));
    // addDomain refuses the same and leaves the model as it was.
    document::Document copy = doc;
    QVERIFY(!model::addDomain(copy.model, d).ok());
    QCOMPARE(copy.model, doc.model);
}

void TstDomains::commandsAreUndoable()
{
    app::DocumentController controller(nullptr, 11);
    controller.setDocument(withDomains());
    const document::Document start = controller.document();
    app::DomainCommands commands(&controller);

    model::DomainType postal;
    postal.schemaId = start.model.schemas.first().id;
    postal.name = u"postal_code"_s;
    postal.baseType = model::LogicalType::parse(u"varchar(20)"_s).value();
    postal.checks = {model::CheckConstraint{{}, u"postal_code_check"_s, u"VALUE <> ''"_s}};
    const auto added = commands.addDomain(postal);
    QVERIFY(added.ok());
    const model::DomainType* stored = controller.document().model.domainType(added.value());
    if (!stored)
        QFAIL("the domain was not added");
    QVERIFY(!stored->checks.first().id.isNull()); // checks get ids
    QCOMPARE(controller.undoStack()->count(), 1);

    // An edit of the base type is one step that also moves the columns.
    model::DomainType email = *controller.document().model.domainType(kEmail);
    email.baseType.length = 254;
    QVERIFY(commands.updateDomain(email).ok());
    QCOMPARE(findColumn(controller.document().model, u"users"_s, u"email"_s)->type.length, 254);
    QCOMPARE(controller.undoStack()->count(), 2);
    // Nothing changed, nothing pushed.
    QVERIFY(commands.updateDomain(email).ok());
    QCOMPARE(controller.undoStack()->count(), 2);

    QVERIFY(commands.renameDomain(kEmail, u"email"_s).ok());
    QCOMPARE(controller.document().model.domainType(kEmail)->name, u"email"_s);
    QVERIFY(!commands.renameDomain(kEmail, u"order_status"_s).ok()); // the enum's name
    QVERIFY(commands.removeDomain(kEmail).ok());
    QVERIFY(
        findColumn(controller.document().model, u"users"_s, u"email"_s)->type.domainId.isNull());
    QCOMPARE(commands.unusedName(postal.schemaId, u"postal_code"_s), u"postal_code_2"_s);

    while (controller.undoStack()->canUndo())
        controller.undoStack()->undo();
    QCOMPARE(controller.document(), start);
    while (controller.undoStack()->canRedo())
        controller.undoStack()->redo();
    QVERIFY(!controller.document().model.domainType(kEmail));
    QVERIFY(controller.document().model.domainType(added.value()));
}

void TstDomains::treeListsDomainsPerSchema()
{
    widgets::DocumentTreeModel tree;
    const document::Document doc = withDomains();
    tree.setDocument(doc);
    const QModelIndex email = tree.indexOfObject(kEmail);
    QVERIFY(email.isValid());
    QCOMPARE(email.data().toString(), u"email_address"_s);
    QCOMPARE(email.siblingAtColumn(1).data().toString(), u"varchar(320) not null"_s);
    QCOMPARE(email.data(widgets::DocumentTreeModel::KindRole).toInt(),
             int(widgets::DocumentTreeModel::Kind::Domain));
    QVERIFY(email.data(Qt::ToolTipRole).toString().contains(u"Used by 2 column(s)"_s));
    // Under a "Domains" folder of its own schema; the folder is not an object.
    const QModelIndex folder = email.parent();
    QCOMPARE(folder.data().toString(), u"Domains"_s);
    QCOMPARE(folder.siblingAtColumn(1).data().toString(), u"1 domain(s)"_s);
    QVERIFY(folder.data(widgets::DocumentTreeModel::ObjectIdRole).toString().isEmpty());
    QCOMPARE(folder.parent().data(widgets::DocumentTreeModel::ObjectIdRole).toString(),
             doc.model.domainType(kEmail)->schemaId.toString());
    QCOMPARE(tree.indexOfObject(core::Id(widgets::DocumentTreeModel::domainFolderKey(
                 doc.model.domainType(kEmail)->schemaId))),
             folder);
    const QModelIndex money = tree.indexOfObject(kMoney);
    QCOMPARE(money.siblingAtColumn(1).data().toString(), u"numeric(12,2)"_s);
    QCOMPARE(money.parent().parent().data().toString(), u"billing"_s);
    // A column declared with a domain shows the domain's name (users.email is NOT NULL).
    const model::Column* column = findColumn(doc.model, u"users"_s, u"email"_s);
    if (!column)
        QFAIL("no users.email");
    QVERIFY(!column->nullable);
    QCOMPARE(tree.indexOfObject(column->id).siblingAtColumn(1).data().toString(),
             u"public.email_address not null"_s);

    // The diagram names the domain too, as it names an enum.
    const auto geometry = diagram::DiagramGeometry::compute(doc, QFont());
    const diagram::TableBox* users = geometry.table(findTable(doc.model, u"users"_s)->id);
    if (!users)
        QFAIL("users not drawn");
    QStringList types;
    for (const diagram::ColumnRow& row : users->rows)
        types << row.name + u' ' + row.type;
    QVERIFY2(types.contains(u"email email_address"_s), qPrintable(types.join(u", ")));

    // No domains, no folder (the tree of a project without domains is as it was).
    widgets::DocumentTreeModel plain;
    plain.setDocument(testing::sampleDocument());
    for (int s = 0; s < plain.rowCount(); ++s) {
        const QModelIndex schema = plain.index(s, 0);
        for (int r = 0; r < plain.rowCount(schema); ++r)
            QVERIFY(plain.index(r, 0, schema).data().toString() != u"Domains");
    }
}

void TstDomains::propertyPanelShowsDomain()
{
    app::DocumentController controller(nullptr, 3);
    controller.setDocument(withDomains());
    widgets::MainWindow window(&controller);
    window.selectObject(kEmail);
    widgets::PropertyPanel* panel = window.propertyPanel();
    widgets::DomainSummary* page = panel->domainPage();
    if (!page)
        QFAIL("no domain page");
    QCOMPARE(panel->objectId(), kEmail);
    QCOMPARE(panel->findChild<QStackedWidget*>(u"pages"_s)->currentWidget(), page);
    QCOMPARE(page->fieldText(u"baseType"_s), u"varchar(320)"_s);
    QCOMPARE(page->fieldText(u"notNull"_s), u"yes"_s);
    QCOMPARE(page->fieldText(u"checks"_s), u"email_address_check: VALUE ~ '^[^@]+@[^@]+$'"_s);
    QCOMPARE(page->usedByList()->count(), 2);
    QCOMPARE(page->usedByList()->item(1)->text(), u"public.customers.email"_s);

    // An edit elsewhere (undoable) shows at once.
    app::DomainCommands commands(&controller);
    model::DomainType email = *controller.document().model.domainType(kEmail);
    email.notNull = false;
    QVERIFY(commands.updateDomain(email).ok());
    QCOMPARE(page->fieldText(u"notNull"_s), u"no"_s);
    controller.undoStack()->undo();
    QCOMPARE(page->fieldText(u"notNull"_s), u"yes"_s);

    // Activating a "used by" column selects it in the tree.
    QListWidgetItem* item = page->usedByList()->item(0);
    Q_EMIT page->usedByList()->itemActivated(item);
    QCOMPARE(window.selectedObjectId().toString(), item->data(Qt::UserRole).toString());
}

void TstDomains::dialogEditsAndValidates()
{
    const document::Document doc = withDomains();
    widgets::DomainDialog dialog(doc, *doc.model.domainType(kEmail));
    QCOMPARE(dialog.nameEdit()->text(), u"email_address"_s);
    QCOMPARE(dialog.baseTypeCombo()->currentText(), u"varchar(320)"_s);
    QVERIFY(dialog.notNullBox()->isChecked());
    QCOMPARE(dialog.checksTable()->rowCount(), 1);
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.domain(), *doc.model.domainType(kEmail)); // untouched: the same value
    // The base type field offers types and enums but no domains.
    bool offersDomain = false;
    bool offersEnum = false;
    for (int i = 0; i < dialog.baseTypeCombo()->count(); ++i) {
        offersDomain =
            offersDomain || dialog.baseTypeCombo()->itemText(i).contains(u"email_address"_s);
        offersEnum = offersEnum || dialog.baseTypeCombo()->itemText(i) == u"enum order_status";
    }
    QVERIFY(!offersDomain);
    QVERIFY(offersEnum);
    const QString sql = dialog.sqlPreview()->toPlainText();
    // The DDL builder's fragments ("public" implicit, like tables), a clause a line.
    QCOMPARE(sql,
             u"CREATE DOMAIN email_address AS varchar(320)\n"
             "    NOT NULL\n"
             "    CONSTRAINT email_address_check CHECK (VALUE ~ '^[^@]+@[^@]+$');\n"
             "COMMENT ON DOMAIN email_address IS 'An e-mail address as typed by its owner';"_s);
    // Edits: base type, default, a second check; the result carries them.
    dialog.baseTypeCombo()->setEditText(u"varchar(254)"_s);
    dialog.defaultEdit()->setText(u"'nobody@example.org'"_s);
    dialog.addCheck();
    QCOMPARE(dialog.checksTable()->rowCount(), 2);
    QCOMPARE(dialog.checksTable()->item(1, 0)->text(), u"email_address_check1"_s);
    QVERIFY(!dialog.okButton()->isEnabled()); // a named check without expression
    QVERIFY(dialog.problem().contains(u"check 2 has no expression"_s));
    dialog.checksTable()->item(1, 1)->setText(u"length(VALUE) > 3"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    model::DomainType edited = dialog.domain();
    QCOMPARE(edited.id, kEmail);
    QCOMPARE(edited.baseType.length, 254);
    QCOMPARE(edited.defaultExpression, u"'nobody@example.org'"_s);
    QCOMPARE(edited.checks.size(), 2);
    QCOMPARE(edited.checks.first().id, core::Id(u"ck_email_at"_s)); // kept
    QVERIFY(edited.checks.last().id.isNull());                      // new: the command gives one

    // Problems disable OK and say why.
    const auto expectProblem = [&](const QString& part) {
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.problem().contains(part), qPrintable(dialog.problem()));
    };
    dialog.baseTypeCombo()->setEditText(u"public.email_address"_s);
    expectProblem(u"another domain"_s);
    dialog.baseTypeCombo()->setEditText(u"integer"_s);
    dialog.collationEdit()->setText(u"C"_s);
    expectProblem(u"only a text type"_s);
    dialog.collationEdit()->clear();
    dialog.nameEdit()->setText(u"order_status"_s);
    expectProblem(u"enum of that name"_s);
    dialog.nameEdit()->setText(u"email_address"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.checksTable()->selectRow(1);
    dialog.removeSelectedChecks();
    QCOMPARE(dialog.domain().checks.size(), 1);

    // On MySQL the preview says what becomes of it.
    document::Document mysql = doc;
    mysql.dialect = u"mysql"_s;
    widgets::DomainDialog onMysql(mysql, *doc.model.domainType(kEmail));
    QVERIFY2(onMysql.sqlPreview()->toPlainText().startsWith(u"-- MySQL"_s),
             qPrintable(onMysql.sqlPreview()->toPlainText()));

    // The dialog's result through the command: one undo step; columns follow.
    app::DocumentController controller(nullptr, 5);
    controller.setDocument(doc);
    QVERIFY(app::DomainCommands(&controller).updateDomain(dialog.domain()).ok());
    const model::Column* c = findColumn(controller.document().model, u"customers"_s, u"email"_s);
    QCOMPARE(c->type.kind, model::LogicalType::Kind::Integer);
    QCOMPARE(c->type.domainId, kEmail);
    controller.undoStack()->undo();
    QCOMPARE(controller.document(), doc);
}

void TstDomains::typeCellOffersDomains_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("noteHas");
    QTest::newRow("postgres") << u"postgres"_s
                              << u"Domain of this project: varchar(320) NOT NULL 1 check"_s;
    QTest::newRow("mysql") << u"mysql"_s << u"has no domains: the column gets the base type"_s;
    QTest::newRow("sqlite") << u"sqlite"_s << u"has no domains"_s;
}

void TstDomains::typeCellOffersDomains()
{
    QFETCH(QString, dialect);
    QFETCH(QString, noteHas);
    document::Document doc = withDomains();
    doc.dialect = dialect;
    const QList<widgets::TypeSuggestion> suggestions = widgets::typeSuggestions(doc);
    QStringList domains;
    QString note;
    qsizetype lastEnum = -1;
    qsizetype firstDomain = -1;
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        if (suggestions[i].group == widgets::TypeSuggestion::Group::Enum)
            lastEnum = i;
        if (suggestions[i].group == widgets::TypeSuggestion::Group::Domain) {
            domains << suggestions[i].text;
            if (firstDomain < 0)
                firstDomain = i;
            if (suggestions[i].text == u"public.email_address")
                note = suggestions[i].note;
        }
    }
    // By qualified name, in model order, right after the enums.
    QCOMPARE(domains, QStringList({u"public.email_address"_s, u"billing.money_amount"_s}));
    QCOMPARE(firstDomain, lastEnum + 1);
    QVERIFY2(note.contains(noteHas), qPrintable(note));

    // The cell reads the name (qualified, bare or "domain …") on every dialect.
    const model::LogicalType plain = model::LogicalType::parse(u"text"_s).value();
    for (const QString& text : {u"public.email_address"_s, u"email_address"_s,
                                u"domain email_address"_s, u"DOMAIN public.email_address"_s}) {
        const auto type = widgets::typeFromText(doc, plain, text);
        QVERIFY2(type.ok(), qPrintable(text));
        QCOMPARE(type.value(), model::domainColumnType(*doc.model.domainType(kEmail)));
        QCOMPARE(widgets::typeEditText(doc, type.value()), u"public.email_address"_s);
    }
    const auto missing = widgets::typeFromText(doc, plain, u"domain nosuch"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"no domain \"nosuch\""_s));
}

void TstDomains::typeCellSetsDomainAndLeavesIt()
{
    app::DocumentController controller(nullptr, 9);
    controller.setMergeWindow(std::chrono::milliseconds(0)); // one undo step per edit
    controller.setDocument(withDomains());
    widgets::MainWindow window(&controller);
    const model::Table* coupons = findTable(controller.document().model, u"coupons"_s);
    if (!coupons)
        QFAIL("no coupons table");
    const core::Id percentId = coupons->columnByName(u"percent_off"_s)->id;
    window.selectObject(coupons->id);
    widgets::ColumnsTableModel* grid = window.tableEditor()->columnsModel();
    const QModelIndex cell = grid->index(grid->rowOf(percentId), widgets::ColumnsTableModel::Type);

    // Picking the domain sets the base type and domainId; the cell shows the name.
    QVERIFY(grid->setData(cell, u"billing.money_amount"_s));
    const auto typeOf = [&] {
        const model::Table* t = controller.tableOfColumn(percentId);
        return t ? t->column(percentId)->type : model::LogicalType();
    };
    QCOMPARE(typeOf(), model::domainColumnType(*controller.document().model.domainType(kMoney)));
    QCOMPARE(grid->data(cell).toString(), u"billing.money_amount"_s);
    QVERIFY(
        grid->data(cell, Qt::ToolTipRole).toString().contains(u"domain billing.money_amount"_s));
    QVERIFY(!grid->data(cell, Qt::FontRole).value<QFont>().italic());

    // Editing the domain's base type moves the column with it (one undo step).
    app::DomainCommands commands(&controller);
    model::DomainType money = *controller.document().model.domainType(kMoney);
    money.baseType.precision = 14;
    QVERIFY(commands.updateDomain(money).ok());
    QCOMPARE(typeOf().precision, 14);
    QCOMPARE(typeOf().domainId, kMoney);
    controller.undoStack()->undo();
    QCOMPARE(typeOf().precision, 12);

    // A plain type or a pinned one leaves the domain.
    QVERIFY(grid->setData(cell, u"numeric(5,2)"_s));
    QVERIFY(typeOf().domainId.isNull());
    QCOMPARE(typeOf().toString(), u"numeric(5,2)"_s);
    QVERIFY(grid->setData(cell, u"billing.money_amount"_s));
    QVERIFY(grid->setData(cell, u"money"_s)); // a PostgreSQL type: pinned
    QVERIFY(typeOf().domainId.isNull());
    QCOMPARE(typeOf().overrides.value(u"postgres"_s), u"money"_s);
    // Undo walks back through the domain.
    controller.undoStack()->undo();
    QCOMPARE(typeOf().domainId, kMoney);

    // The property panel's type field says the same.
    window.selectObject(percentId);
    auto* field = window.propertyPanel()->findChild<QComboBox*>(u"columnType"_s);
    if (!field)
        QFAIL("no type field");
    QCOMPARE(field->currentText(), u"billing.money_amount"_s);
    bool listed = false;
    for (int i = 0; i < field->count(); ++i)
        listed = listed || field->itemText(i) == u"public.email_address";
    QVERIFY(listed);
}

void TstDomains::deleteAsksAndTurnsColumnsIntoBaseType()
{
    app::DocumentController controller(nullptr, 13);
    controller.setDocument(withDomains());
    const document::Document start = controller.document();
    widgets::MainWindow window(&controller);
    window.selectObject(kEmail);
    QVERIFY(window.deleteAction()->isEnabled());

    // Cancel keeps everything.
    QString question;
    const auto answer = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, &window, [&question, button] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    question = box->text() + u'\n' + box->informativeText();
                    box->button(button)->click();
                }
            }
        });
    };
    answer(QMessageBox::Cancel);
    window.deleteAction()->trigger();
    QVERIFY2(question.contains(u"2 column(s) are declared with the domain public.email_address"_s),
             qPrintable(question));
    QVERIFY(question.contains(u"base type varchar(320)"_s));
    QVERIFY(question.contains(u"• public.users.email"_s));
    QCOMPARE(controller.document(), start);

    answer(QMessageBox::Yes);
    window.deleteAction()->trigger();
    QVERIFY(!controller.document().model.domainType(kEmail));
    const model::Column* email = findColumn(controller.document().model, u"users"_s, u"email"_s);
    QVERIFY(email->type.domainId.isNull());
    QCOMPARE(email->type.toString(), u"varchar(320)"_s);
    QVERIFY(!window.treeModel()->indexOfObject(kEmail).isValid());
    controller.undoStack()->undo();
    QCOMPARE(controller.document(), start);

    // An unused domain goes without a question.
    question.clear();
    window.deleteDomain(kMoney);
    QVERIFY(question.isEmpty());
    QVERIFY(!controller.document().model.domainType(kMoney));
}

void TstDomains::contextMenus()
{
    app::DocumentController controller(nullptr, 17);
    controller.setDocument(withDomains());
    widgets::MainWindow window(&controller);
    const auto texts = [](QMenu* menu) {
        QStringList out;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator())
                out << a->text().remove(u'&');
        }
        delete menu;
        return out;
    };
    const widgets::DocumentTreeModel* tree = window.treeModel();
    const QModelIndex domain = tree->indexOfObject(kEmail);
    QCOMPARE(texts(window.treeContextMenu(domain)),
             QStringList(
                 {u"Edit Domain…"_s, u"Rename Domain…"_s, u"New Domain…"_s, u"Delete Domain"_s}));
    QCOMPARE(texts(window.treeContextMenu(domain.parent())), QStringList({u"New Domain…"_s}));
    const QStringList onSchema = texts(window.treeContextMenu(domain.parent().parent()));
    QCOMPARE(onSchema.value(0), u"New Domain…"_s);
    QVERIFY(onSchema.contains(u"Add Table"_s));

    // Expanding the Domains folder survives a structural rebuild (adding a table).
    window.modelTree()->expand(domain.parent());
    QVERIFY(controller.addTable({}).ok());
    const QModelIndex again = window.treeModel()->indexOfObject(kEmail);
    QVERIFY(again.isValid());
    QVERIFY(window.modelTree()->isExpanded(again.parent()));
}

// The menu actions open the real dialogs (answered from a timer, as a user would) and
// their OK is one undoable edit.
void TstDomains::dialogsFromTheTree()
{
    app::DocumentController controller(nullptr, 23);
    controller.setDocument(withDomains());
    const document::Document start = controller.document();
    widgets::MainWindow window(&controller);
    const auto trigger = [&](const QModelIndex& index, const QString& text) {
        QMenu* menu = window.treeContextMenu(index);
        bool found = false;
        for (QAction* a : menu->actions()) {
            if (a->text().remove(u'&') == text) {
                found = true;
                a->trigger();
                break;
            }
        }
        delete menu;
        return found;
    };
    const widgets::DocumentTreeModel* tree = window.treeModel();

    // New Domain… on the billing schema: the dialog starts in billing with a free name.
    const model::Schema billing = controller.document().model.schemas.at(1);
    QString startName;
    whenShown<widgets::DomainDialog>(&window, [&](widgets::DomainDialog* d) {
        startName = d->nameEdit()->text() + u'@' + d->schemaCombo()->currentText();
        d->nameEdit()->setText(u"invoice_number"_s);
        d->baseTypeCombo()->setEditText(u"varchar(32)"_s);
        d->notNullBox()->setChecked(true);
        d->okButton()->click();
    });
    QVERIFY(trigger(tree->indexOfObject(billing.id), u"New Domain…"_s));
    QCOMPARE(startName, u"new_domain@billing"_s);
    QCOMPARE(controller.document().model.domains.size(), 3);
    const model::DomainType added = controller.document().model.domains.last();
    QCOMPARE(added.name, u"invoice_number"_s);
    QCOMPARE(added.schemaId, billing.id);
    QCOMPARE(added.baseType.toString(), u"varchar(32)"_s);
    QVERIFY(added.notNull);
    QCOMPARE(window.selectedObjectId(), added.id);

    // Activating the domain's row (double-click, Return) opens it; Cancel changes nothing.
    const document::Document afterAdd = controller.document();
    whenShown<widgets::DomainDialog>(&window, [](widgets::DomainDialog* d) {
        d->notNullBox()->setChecked(false);
        d->reject();
    });
    Q_EMIT window.modelTree()->activated(tree->indexOfObject(kEmail));
    QCOMPARE(controller.document(), afterAdd);
    // Edit Domain… with OK: the columns follow the new base type.
    whenShown<widgets::DomainDialog>(&window, [](widgets::DomainDialog* d) {
        d->baseTypeCombo()->setEditText(u"text"_s);
        d->okButton()->click();
    });
    QVERIFY(trigger(tree->indexOfObject(kEmail), u"Edit Domain…"_s));
    QCOMPARE(findColumn(controller.document().model, u"users"_s, u"email"_s)->type.toString(),
             u"text"_s);

    // Rename Domain… asks for the name.
    whenShown<QInputDialog>(&window, [](QInputDialog* d) {
        d->setTextValue(u"email"_s);
        d->accept();
    });
    QVERIFY(trigger(tree->indexOfObject(kEmail), u"Rename Domain…"_s));
    QCOMPARE(controller.document().model.domainType(kEmail)->name, u"email"_s);
    QCOMPARE(tree->indexOfObject(kEmail).data().toString(), u"email"_s);

    // The property panel's Edit Domain… button opens the same dialog.
    window.selectObject(kMoney);
    whenShown<widgets::DomainDialog>(&window, [](widgets::DomainDialog* d) {
        d->commentEdit()->setPlainText(u"Amounts in the invoice's currency"_s);
        d->okButton()->click();
    });
    window.propertyPanel()->domainPage()->editButton()->click();
    QCOMPARE(controller.document().model.domainType(kMoney)->comment,
             u"Amounts in the invoice's currency"_s);

    // Four edits, four undo steps back to the start.
    QCOMPARE(controller.undoStack()->count(), 4);
    while (controller.undoStack()->canUndo())
        controller.undoStack()->undo();
    QCOMPARE(controller.document(), start);
}

void TstDomains::pasteKeepsOrDropsDomain()
{
    const document::Document source = withDomains();
    const model::Table* users = findTable(source.model, u"users"_s);
    if (!users)
        QFAIL("no users table");
    const QByteArray clip = app::copyTables(source, {users->id});
    int n = 0;
    const model::IdSource ids = [&n](QStringView prefix) {
        return core::Id(prefix.toString() + u"_p"_s + QString::number(++n));
    };

    // Into the same document: the domain exists, the copy keeps it.
    document::Document same = source;
    const auto pasted = app::pasteTables(same, clip, ids);
    QVERIFY2(pasted.ok(), pasted.ok() ? "" : qPrintable(pasted.error().toString()));
    const model::Table* copy = same.model.table(pasted.value().tableIds.value(0));
    if (!copy)
        QFAIL("nothing pasted");
    QCOMPARE(copy->columnByName(u"email"_s)->type,
             model::domainColumnType(*source.model.domainType(kEmail)));

    // Into a project that has a domain of that schema and name but another id: it is used.
    document::Document renamedIds = source;
    renamedIds.model.domains[0].id = core::Id(u"dom_other"_s);
    for (model::Table& t : renamedIds.model.tables) {
        for (model::Column& c : t.columns) {
            if (c.type.domainId == kEmail)
                c.type.domainId = core::Id(u"dom_other"_s);
        }
    }
    QVERIFY(app::pasteTables(renamedIds, clip, ids).ok());
    QCOMPARE(findTable(renamedIds.model, u"users_copy"_s)->columnByName(u"email"_s)->type.domainId,
             core::Id(u"dom_other"_s));

    // Into a project without it: the base type, no domain, and no domain added.
    document::Document other = testing::sampleDocument();
    other.model.domains.clear();
    QVERIFY(app::pasteTables(other, clip, ids).ok());
    const model::Table* landed = findTable(other.model, u"users_copy"_s);
    if (!landed)
        QFAIL("no users_copy in the other project");
    const model::LogicalType type = landed->columnByName(u"email"_s)->type;
    QVERIFY(type.domainId.isNull());
    QCOMPARE(type.toString(), u"varchar(320)"_s);
    QVERIFY(other.model.domains.isEmpty());
}

void TstDomains::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SCHEMATA_SCREENSHOTS"))
        QSKIP("set SCHEMATA_SCREENSHOTS=1 to render docs/screenshots/domain-*.png");
    app::DocumentController controller(nullptr, 19);
    controller.setDocument(
        withDomains(), QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata"));
    widgets::MainWindow window(&controller);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The model tree with the Domains folders open, a domain in the property panel and its
    // CREATE DOMAIN in the DDL tab.
    QTreeView* tree = window.modelTree();
    tree->setColumnWidth(widgets::DocumentTreeModel::NameColumn, 190);
    for (const core::Id& id : {kEmail, kMoney})
        tree->expand(window.treeModel()->indexOfObject(id).parent());
    // The bottom docks (table editor, validation, migrations) have nothing to say about a
    // domain: closed for this picture, as a user would, and opened again afterwards.
    QList<QDockWidget*> bottom;
    for (QDockWidget* d : window.findChildren<QDockWidget*>()) {
        if (window.dockWidgetArea(d) == Qt::BottomDockWidgetArea && d->isVisible())
            bottom << d;
    }
    for (QDockWidget* d : std::as_const(bottom))
        d->hide();
    window.centralTabs()->setCurrentIndex(1);
    window.selectObject(kEmail);
    tree->scrollTo(window.treeModel()->indexOfObject(kEmail), QAbstractItemView::PositionAtCenter);
    window.flushPendingUpdates();
    QTest::qWait(200);
    window.flushPendingUpdates();
    QTest::qWait(100);
    screenshot(window.grab(), "domain-tree.png");
    for (QDockWidget* d : std::as_const(bottom))
        d->show();

    // The dialog on the e-mail domain.
    widgets::DomainDialog dialog(controller.document(),
                                 *controller.document().model.domainType(kEmail), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(50);
    screenshot(dialog.grab(), "domain-dialog.png");
    dialog.close();

    // The columns grid of coupons: percent_off declared with billing.money_amount, and the
    // type list of the valid_from column open on the project's domains.
    window.centralTabs()->setCurrentIndex(0);
    const model::Table* coupons = findTable(controller.document().model, u"coupons"_s);
    window.selectObject(coupons->id);
    widgets::TableEditorDock* dock = window.tableEditor();
    dock->raise();
    window.resize(1440, 1000);
    QTest::qWait(50);
    window.resizeDocks({dock}, {480}, Qt::Vertical);
    dock->tabs()->setCurrentIndex(widgets::TableEditorDock::ColumnsTab);
    widgets::ColumnsTableModel* columns = dock->columnsModel();
    QVERIFY(
        columns->setData(columns->index(columns->rowOf(coupons->columnByName(u"percent_off"_s)->id),
                                        widgets::ColumnsTableModel::Type),
                         u"billing.money_amount"_s));
    QTableView* grid = dock->tab(widgets::TableEditorDock::ColumnsTab)->view();
    grid->setColumnWidth(widgets::ColumnsTableModel::Type, 180); // room for domain names
    const QModelIndex cell =
        columns->index(columns->rowOf(findTable(controller.document().model, u"coupons"_s)
                                          ->columnByName(u"valid_from"_s)
                                          ->id),
                       widgets::ColumnsTableModel::Type);
    grid->setCurrentIndex(cell);
    grid->setFocus();
    grid->edit(cell);
    QTest::qWait(50);
    auto* combo = grid->viewport()->findChild<QComboBox*>(u"typeEditor"_s);
    if (!combo)
        QFAIL("no type editor open");
    combo->showPopup();
    QTest::qWait(100);
    QAbstractItemView* list = combo->view();
    const int domainRow = combo->findText(u"public.email_address"_s);
    QVERIFY(domainRow >= 0);
    list->setCurrentIndex(combo->model()->index(domainRow, 0));
    list->scrollTo(combo->model()->index(domainRow, 0), QAbstractItemView::PositionAtCenter);
    QTest::qWait(100);
    QWidget* popup = list->window();
    QVERIFY(popup->isVisible());
    QPixmap shot = window.grab();
    {
        // The popup is a window of its own: paint it under the cell, as on a screen.
        QPainter painter(&shot);
        const QPoint at = combo->mapTo(&window, QPoint(0, combo->height()));
        painter.drawPixmap(at, popup->grab());
    }
    screenshot(shot, "domain-type-cell.png");
    combo->hidePopup();
}

QTEST_MAIN(TstDomains)
#include "tst_domains.moc"
