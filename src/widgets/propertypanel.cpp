#include "widgets/propertypanel.h"

#include "app/documentcontroller.h"
#include "model/model.h"
#include "model/validator.h"
#include "ui_propertypanel.h"

#include <QSignalBlocker>

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

    for (int k = 0; k <= int(model::LogicalType::Kind::Enum); ++k) {
        const QString name = model::LogicalType::kindName(model::LogicalType::Kind(k));
        m_ui->columnType->addItem(name);
    }
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

    connectEditors();
    connect(m_controller, &app::DocumentController::documentChanged, this, &PropertyPanel::refresh);
    refresh();
}

PropertyPanel::~PropertyPanel() = default;

void PropertyPanel::setObject(const core::Id& objectId, const core::Id& tableId)
{
    const auto& m = m_controller->document().model;
    core::Id shown;
    if (m.table(objectId) || m_controller->tableOfColumn(objectId))
        shown = objectId;
    else if (m.table(tableId))
        shown = tableId;
    if (shown == m_objectId)
        return;
    m_objectId = shown;
    refresh();
}

void PropertyPanel::reportStatus(bool ok, const QString& message)
{
    m_ui->columnType->setToolTip(ok ? QString() : message);
    QPalette palette = m_ui->columnType->palette();
    palette.setColor(QPalette::Text, ok ? this->palette().color(QPalette::Text) : QColor(0xc0, 0x20, 0x20));
    m_ui->columnType->setPalette(palette);
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
    connect(ui.columnType, &QComboBox::currentTextChanged, this, [this, column](const QString& text) {
        if (m_updating)
            return;
        // Half-typed types ("varchar(") are shown in red and not applied until they parse.
        const auto status = m_controller->setColumnTypeText(column(), text.trimmed());
        reportStatus(status.ok(), status.ok() ? QString() : status.error().message);
    });
    connect(ui.columnNullable, &QCheckBox::toggled, this,
            [this, column](bool on) { m_controller->setColumnNullable(column(), on); });
    connect(ui.columnPrimaryKey, &QCheckBox::toggled, this,
            [this, column](bool on) { m_controller->setColumnPrimaryKey(column(), on); });

    const auto applyDefault = [this, column] {
        ColumnDefault value;
        value.kind = ColumnDefault::Kind(m_ui->columnDefaultKind->currentData().toInt());
        if (value.kind == ColumnDefault::Kind::Literal || value.kind == ColumnDefault::Kind::Expression)
            value.value = m_ui->columnDefaultValue->text();
        m_controller->setColumnDefault(column(), value);
    };
    connect(ui.columnDefaultKind, &QComboBox::currentIndexChanged, this, applyDefault);
    connect(ui.columnDefaultValue, &QLineEdit::textEdited, this, applyDefault);
    connect(ui.columnIdentity, &QComboBox::currentIndexChanged, this, [this, column] {
        m_controller->setColumnIdentity(column(), Identity(m_ui->columnIdentity->currentData().toInt()));
    });
    connect(ui.columnComment, &QLineEdit::textEdited, this,
            [this, column](const QString& text) { m_controller->setColumnComment(column(), text); });
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
        // While the user types a type that does not parse yet, keep their text.
        const auto typed = model::LogicalType::parse(ui.columnType->currentText().trimmed());
        if (!typed || *typed != column.type) {
            const QSignalBlocker block(ui.columnType);
            ui.columnType->setEditText(column.type.toString());
            reportStatus(true, {});
        }
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
    } else {
        m_objectId = {};
        ui.headingLabel->setText(tr("No selection"));
        ui.pages->setCurrentWidget(ui.emptyPage);
    }
    m_updating = false;
}

} // namespace schemata::widgets
