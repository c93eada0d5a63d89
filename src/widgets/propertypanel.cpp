#include "widgets/propertypanel.h"

#include "app/documentcontroller.h"
#include "dialect/typenamecheck.h"
#include "model/domainedits.h"
#include "model/model.h"
#include "model/validator.h"
#include "ui_propertypanel.h"
#include "widgets/domainsummary.h"
#include "widgets/tableeditor/typecombo.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QSignalBlocker>
#include <algorithm>

namespace schemata::widgets {

namespace {

using model::ColumnDefault;
using model::Identity;
using model::PiiCategory;

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() != index) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(index);
    }
}

} // namespace

PropertyPanel::PropertyPanel(app::DocumentController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_ui(std::make_unique<Ui::PropertyPanel>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->headingLabel->setFont(heading);

    // The same field as the columns grid's Type cell: suggestions, completion, validator.
    setUpTypeCombo(m_ui->columnType);
    m_typeToolTip = m_ui->columnType->toolTip();
    m_ui->columnDefaultKind->addItem(tr("None"), int(ColumnDefault::Kind::None));
    m_ui->columnDefaultKind->addItem(tr("Literal"), int(ColumnDefault::Kind::Literal));
    m_ui->columnDefaultKind->addItem(tr("Expression"), int(ColumnDefault::Kind::Expression));
    m_ui->columnDefaultKind->addItem(tr("Current timestamp"),
                                     int(ColumnDefault::Kind::CurrentTimestamp));
    m_ui->columnIdentity->addItem(tr("None"), int(Identity::None));
    m_ui->columnIdentity->addItem(tr("Always"), int(Identity::Always));
    m_ui->columnIdentity->addItem(tr("By default"), int(Identity::ByDefault));
    for (int p = 0; p <= int(PiiCategory::Other); ++p)
        m_ui->columnPii->addItem(model::piiCategoryName(PiiCategory(p)), p);

    m_domainPage = new DomainSummary(this);
    m_domainPage->setObjectName(QStringLiteral("domainPage"));
    m_ui->pages->addWidget(m_domainPage);
    connect(m_domainPage, &DomainSummary::editRequested, this, &PropertyPanel::domainEditRequested);
    connect(m_domainPage, &DomainSummary::columnActivated, this, &PropertyPanel::objectActivated);

    connectEditors();
    connect(m_controller, &app::DocumentController::documentChanged, this, &PropertyPanel::refresh);
    refresh();
}

PropertyPanel::~PropertyPanel() = default;

void PropertyPanel::setObject(const core::Id& objectId, const core::Id& tableId)
{
    const auto& m = m_controller->document().model;
    core::Id shown;
    if (m.table(objectId) || m_controller->tableOfColumn(objectId) || m.domainType(objectId))
        shown = objectId;
    else if (m.table(tableId))
        shown = tableId;
    if (shown == m_objectId)
        return;
    m_objectId = shown;
    refresh();
}

// The validator's unknown-type finding for the shown column's stored type, where the type
// is edited (the validation dock lists it too); else the field's usual tooltip.
QString PropertyPanel::storedTypeToolTip() const
{
    const model::Table* owner = m_controller->tableOfColumn(m_objectId);
    const model::Column* column = owner ? owner->column(m_objectId) : nullptr;
    const document::Document& doc = m_controller->document();
    const auto d = column ? dialect::createDialect(doc.dialect) : nullptr;
    const QString problem =
        d ? dialect::TypeNameCheck(*d, doc.model).problem(column->type) : QString();
    return problem.isEmpty() ? m_typeToolTip : problem;
}

void PropertyPanel::reportStatus(bool ok, const QString& message)
{
    m_typeTextOk = ok;
    m_ui->columnType->setToolTip(ok ? storedTypeToolTip() : message);
    QPalette palette = m_ui->columnType->palette();
    palette.setColor(QPalette::Text,
                     ok ? this->palette().color(QPalette::Text) : QColor(0xc0, 0x20, 0x20));
    m_ui->columnType->setPalette(palette);
}

// The grid's store rules (typeFromText), read against the type the column had when the
// typing began (m_typeBase), so the result is what the grid stores for the same text:
// a logical type or an enum replaces the kind and unpins the dialect; other type text is
// pinned for the document's dialect and keeps the kind. A logical type or enum is applied
// as typed, merged into one undo step like the other fields; a pinned type only on commit
// (Return, leaving the field, choosing from the list), so typing "citext" does not pin
// "c", "ci", …; while the text is such a pin or cannot be stored yet ("varchar(", "enum
// nosuch", shown in red with the reason) the column keeps the type it had before typing.
void PropertyPanel::applyTypeText(const core::Id& columnId, const QString& text, bool commit)
{
    const model::Table* owner = m_controller->tableOfColumn(columnId);
    const model::Column* current = owner ? owner->column(columnId) : nullptr;
    if (!current)
        return;
    if (!m_typeBase)
        m_typeBase = current->type;
    const model::LogicalType base = *m_typeBase;
    const document::Document& doc = m_controller->document();
    const auto type = typeFromText(doc, base, text);
    reportStatus(type.ok(), type.ok() ? QString() : type.error().message);
    if (!type && commit)
        return;
    // A domain is stored as typed even when its base type is pinned: its name is complete.
    const bool store = type && (commit || pinnedType(doc, type.value()).isEmpty() ||
                                !type.value().domainId.isNull());
    const model::LogicalType next = store ? type.value() : base;
    if (commit)
        m_typeBase.reset();
    if (next == current->type)
        return;
    m_applyingType = true;
    const core::Status status =
        m_controller->applyEdit(tr("Change Column Type"), columnId, QStringLiteral("column.type"),
                                [&](document::Document& edited) -> core::Status {
                                    for (model::Table& t : edited.model.tables) {
                                        if (model::Column* c = t.column(columnId)) {
                                            c->type = next;
                                            return {};
                                        }
                                    }
                                    return core::Error{columnId.toString(), tr("no such column")};
                                });
    m_applyingType = false;
    if (!status)
        reportStatus(false, status.error().message);
}

void PropertyPanel::connectEditors()
{
    auto& ui = *m_ui;
    const auto column = [this] { return m_objectId; };

    connect(ui.tableName, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_controller->renameTable(m_objectId, text); });
    connect(ui.tableComment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_controller->setTableComment(m_objectId, m_ui->tableComment->toPlainText());
    });

    connect(ui.columnName, &QLineEdit::textEdited, this,
            [this, column](const QString& text) { m_controller->renameColumn(column(), text); });
    connect(ui.columnType, &QComboBox::currentTextChanged, this,
            [this, column](const QString& text) {
                if (!m_updating)
                    applyTypeText(column(), text, false);
            });
    const auto commitType = [this, column] {
        if (!m_updating)
            applyTypeText(column(), m_ui->columnType->currentText(), true);
    };
    connect(ui.columnType->lineEdit(), &QLineEdit::editingFinished, this, commitType);
    connect(ui.columnType, &QComboBox::textActivated, this, commitType);
    connect(ui.columnNullable, &QCheckBox::toggled, this,
            [this, column](bool on) { m_controller->setColumnNullable(column(), on); });
    connect(ui.columnPrimaryKey, &QCheckBox::toggled, this,
            [this, column](bool on) { m_controller->setColumnPrimaryKey(column(), on); });

    const auto applyDefault = [this, column] {
        ColumnDefault value;
        value.kind = ColumnDefault::Kind(m_ui->columnDefaultKind->currentData().toInt());
        if (value.kind == ColumnDefault::Kind::Literal ||
            value.kind == ColumnDefault::Kind::Expression)
            value.value = m_ui->columnDefaultValue->text();
        m_controller->setColumnDefault(column(), value);
    };
    connect(ui.columnDefaultKind, &QComboBox::currentIndexChanged, this, applyDefault);
    connect(ui.columnDefaultValue, &QLineEdit::textEdited, this, applyDefault);
    connect(ui.columnIdentity, &QComboBox::currentIndexChanged, this, [this, column] {
        m_controller->setColumnIdentity(column(),
                                        Identity(m_ui->columnIdentity->currentData().toInt()));
    });
    connect(ui.columnComment, &QLineEdit::textEdited, this, [this, column](const QString& text) {
        m_controller->setColumnComment(column(), text);
    });
    connect(ui.columnPii, &QComboBox::currentIndexChanged, this, [this, column] {
        m_controller->setColumnPii(column(), PiiCategory(m_ui->columnPii->currentData().toInt()));
    });
    connect(ui.columnRetention, &QLineEdit::textEdited, this, [this, column](const QString& text) {
        m_controller->setColumnRetention(column(), text.trimmed());
    });
}

void PropertyPanel::refresh()
{
    const auto& m = m_controller->document().model;
    auto& ui = *m_ui;
    m_updating = true;
    if (const model::Table* table = m.table(m_objectId)) {
        ui.headingLabel->setText(tr("Table %1").arg(model::objectPath(m, *table)));
        ui.pages->setCurrentWidget(ui.tablePage);
        setText(ui.tableName, table->name);
        if (ui.tableComment->toPlainText() != table->comment) {
            const QSignalBlocker block(ui.tableComment);
            ui.tableComment->setPlainText(table->comment);
        }
    } else if (const model::Table* owner = m_controller->tableOfColumn(m_objectId)) {
        const model::Column& column = *owner->column(m_objectId);
        ui.headingLabel->setText(tr("Column %1").arg(model::objectPath(m, *owner, column.name)));
        ui.pages->setCurrentWidget(ui.columnPage);
        setText(ui.columnName, column.name);
        const document::Document& doc = m_controller->document();
        // Offered anew on every change: enums and pinned types come and go.
        const QList<TypeSuggestion> suggestions = typeSuggestions(doc);
        const auto same = [](const TypeSuggestion& a, const TypeSuggestion& b) {
            return a.text == b.text && a.group == b.group && a.note == b.note;
        };
        if (!std::equal(suggestions.cbegin(), suggestions.cend(), m_typeSuggestions.cbegin(),
                        m_typeSuggestions.cend(), same)) {
            m_typeSuggestions = suggestions;
            setTypeSuggestions(ui.columnType, suggestions);
        }
        // The field's own edits leave the text alone (it is what the user is typing);
        // any other change (undo, another column, an edit elsewhere) ends the typing and
        // shows the grid's text, unless the text already stores exactly this type ("int"
        // for integer stays).
        if (!m_applyingType) {
            m_typeBase.reset();
            const auto typed = typeFromText(doc, column.type, ui.columnType->currentText());
            if (column.id != m_typeColumn || !typed || typed.value() != column.type) {
                const QSignalBlocker block(ui.columnType);
                ui.columnType->setEditText(typeEditText(doc, column.type));
                reportStatus(true, {});
            }
        }
        m_typeColumn = column.id;
        // A type pinned for the dialect is italic, as in the grid.
        QFont typeFont = ui.columnType->font();
        typeFont.setItalic(column.type.domainId.isNull() &&
                           !pinnedType(doc, column.type).isEmpty());
        ui.columnType->setFont(typeFont);
        if (m_typeTextOk)
            ui.columnType->setToolTip(storedTypeToolTip());
        {
            const QSignalBlocker block(ui.columnNullable);
            ui.columnNullable->setChecked(column.nullable);
        }
        {
            const QSignalBlocker block(ui.columnPrimaryKey);
            ui.columnPrimaryKey->setChecked(owner->isPrimaryKeyColumn(column.id));
        }
        setComboData(ui.columnDefaultKind, int(column.defaultValue.kind));
        const bool hasValue = column.defaultValue.kind == ColumnDefault::Kind::Literal ||
                              column.defaultValue.kind == ColumnDefault::Kind::Expression;
        ui.columnDefaultValue->setEnabled(hasValue);
        if (hasValue)
            setText(ui.columnDefaultValue, column.defaultValue.value);
        setComboData(ui.columnIdentity, int(column.identity));
        setText(ui.columnComment, column.comment);
        setComboData(ui.columnPii, int(column.pii));
        setText(ui.columnRetention, column.retention);
    } else if (const model::DomainType* domain = m.domainType(m_objectId)) {
        ui.headingLabel->setText(tr("Domain %1").arg(model::domainQualifiedName(m, *domain)));
        ui.pages->setCurrentWidget(m_domainPage);
        m_domainPage->setDomain(m_controller->document(), domain->id);
    } else {
        m_objectId = {};
        ui.headingLabel->setText(tr("No selection"));
        ui.pages->setCurrentWidget(ui.emptyPage);
    }
    m_updating = false;
}

} // namespace schemata::widgets
