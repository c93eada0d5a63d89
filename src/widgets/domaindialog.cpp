#include "widgets/domaindialog.h"

#include "app/documentcontroller.h"
#include "app/domaincommands.h"
#include "dialect/dialect.h"
#include "dialect/postgres/postgresdialect.h"
#include "dialect/postgres/postgresdomainsql.h"
#include "model/domainedits.h"
#include "model/modelindex.h"
#include "widgets/tableeditor/typecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace schemata::widgets {

namespace {

enum CheckColumn
{
    CheckName,
    CheckExpression,
    CheckColumnCount
};
constexpr int kCheckIdRole = Qt::UserRole + 1;

QString itemText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

DomainDialog::DomainDialog(const document::Document& document, const model::DomainType& domain,
                           QWidget* parent)
    : QDialog(parent), m_document(document), m_original(domain)
{
    setWindowTitle(domain.id.isNull()
                       ? tr("New Domain")
                       : tr("Domain %1").arg(model::domainQualifiedName(document.model, domain)));
    buildForm();
    load(domain);
    revalidate();
}

void DomainDialog::buildForm()
{
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. email_address"));
    m_schema = new QComboBox(this);
    for (const model::Schema& s : m_document.model.schemas)
        m_schema->addItem(s.name, s.id.toString());
    m_baseType = new QComboBox(this);
    setUpTypeCombo(m_baseType);
    // A domain's base is a type, not another domain (the model keeps one level).
    QList<TypeSuggestion> suggestions = typeSuggestions(m_document);
    suggestions.removeIf(
        [](const TypeSuggestion& s) { return s.group == TypeSuggestion::Group::Domain; });
    setTypeSuggestions(m_baseType, suggestions);
    m_baseType->setToolTip(tr("The type the domain constrains: a logical type such as "
                              "varchar(320) or numeric(12,2), an enum, or a PostgreSQL type"));
    m_notNull = new QCheckBox(tr("NOT &NULL — every column of this domain needs a value"), this);
    m_default = new QLineEdit(this);
    m_default->setPlaceholderText(tr("SQL expression, e.g. 0 or 'n/a' (empty: none)"));
    m_collation = new QLineEdit(this);
    m_collation->setPlaceholderText(tr("the base type's default"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What values of this domain mean"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Base type:"), m_baseType);
    form->addRow(QString(), m_notNull);
    form->addRow(tr("&Default:"), m_default);
    form->addRow(tr("C&ollation:"), m_collation);
    form->addRow(tr("Co&mment:"), m_comment);

    m_checks = new QTableWidget(0, CheckColumnCount, this);
    m_checks->setHorizontalHeaderLabels({tr("Name"), tr("Expression (the value is VALUE)")});
    m_checks->horizontalHeader()->setSectionResizeMode(CheckName, QHeaderView::Interactive);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->setColumnWidth(CheckName, 150);
    m_checks->verticalHeader()->hide();
    m_checks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checks->setAlternatingRowColors(true);
    m_checks->setMinimumHeight(m_checks->verticalHeader()->defaultSectionSize() * 4 + 8);
    m_addCheck = new QToolButton(this);
    m_addCheck->setText(tr("&Add Check"));
    m_addCheck->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_removeCheck = new QToolButton(this);
    m_removeCheck->setText(tr("&Remove"));
    auto* checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_addCheck);
    checkButtons->addWidget(m_removeCheck);
    checkButtons->addStretch();
    auto* checksBox = new QGroupBox(tr("Checks"), this);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->addWidget(m_checks);
    checksLayout->addLayout(checkButtons);

    m_usedBy = new QLabel(this);
    m_usedBy->setWordWrap(true);
    m_usedBy->setTextFormat(Qt::PlainText);

    m_sql = new QPlainTextEdit(this);
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFixedHeight(m_sql->fontMetrics().lineSpacing() * 6 + 12);
    m_sql->setToolTip(tr("The statement this domain stands for, as the preview writes it"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QPalette red = m_status->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_status->setPalette(red);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checksBox, 1);
    layout->addWidget(m_usedBy);
    layout->addWidget(new QLabel(tr("SQL:"), this));
    layout->addWidget(m_sql);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(600, 640);

    connect(m_name, &QLineEdit::textChanged, this, &DomainDialog::revalidate);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &DomainDialog::revalidate);
    connect(m_baseType, &QComboBox::currentTextChanged, this, &DomainDialog::revalidate);
    connect(m_notNull, &QCheckBox::toggled, this, &DomainDialog::revalidate);
    connect(m_default, &QLineEdit::textChanged, this, &DomainDialog::revalidate);
    connect(m_collation, &QLineEdit::textChanged, this, &DomainDialog::revalidate);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DomainDialog::revalidate);
    connect(m_checks, &QTableWidget::itemChanged, this, &DomainDialog::revalidate);
    connect(m_checks, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeCheck->setEnabled(!m_checks->selectedItems().isEmpty()); });
    connect(m_addCheck, &QToolButton::clicked, this, &DomainDialog::addCheck);
    connect(m_removeCheck, &QToolButton::clicked, this, &DomainDialog::removeSelectedChecks);
    m_removeCheck->setEnabled(false);
}

void DomainDialog::load(const model::DomainType& domain)
{
    m_loading = true;
    m_name->setText(domain.name);
    m_schema->setCurrentIndex(std::max(0, m_schema->findData(domain.schemaId.toString())));
    m_baseType->setEditText(typeEditText(m_document, domain.baseType));
    m_notNull->setChecked(domain.notNull);
    m_default->setText(domain.defaultExpression);
    m_collation->setText(domain.collation);
    m_comment->setPlainText(domain.comment);
    m_checks->setRowCount(0);
    for (const model::CheckConstraint& check : domain.checks) {
        const int row = m_checks->rowCount();
        m_checks->insertRow(row);
        auto* name = new QTableWidgetItem(check.name);
        name->setData(kCheckIdRole, check.id.toString());
        m_checks->setItem(row, CheckName, name);
        m_checks->setItem(row, CheckExpression, new QTableWidgetItem(check.expression));
    }
    if (domain.id.isNull()) {
        m_usedBy->hide();
    } else {
        const QList<model::DomainUse> uses = model::domainUses(m_document.model, domain.id);
        QStringList paths;
        for (const model::DomainUse& use : uses)
            paths << use.path;
        m_usedBy->setText(uses.isEmpty() ? tr("No column is declared with this domain yet.")
                                         : tr("Used by %n column(s): %1", nullptr, int(uses.size()))
                                               .arg(paths.join(QStringLiteral(", "))));
    }
    m_loading = false;
}

void DomainDialog::addCheck()
{
    const int row = m_checks->rowCount();
    {
        const QSignalBlocker block(m_checks);
        m_checks->insertRow(row);
        // PostgreSQL's own default name for a domain's check: <domain>_check.
        const QString base = m_name->text().trimmed() + QStringLiteral("_check");
        QString name = base;
        for (int n = 1;; ++n) {
            bool taken = false;
            for (int r = 0; r < row; ++r)
                taken = taken || itemText(m_checks, r, CheckName) == name;
            if (!taken)
                break;
            name = base + QString::number(n);
        }
        m_checks->setItem(row, CheckName, new QTableWidgetItem(name));
        m_checks->setItem(row, CheckExpression, new QTableWidgetItem());
    }
    m_checks->setCurrentCell(row, CheckExpression);
    if (isVisible())
        m_checks->editItem(m_checks->item(row, CheckExpression));
    revalidate();
}

void DomainDialog::removeSelectedChecks()
{
    QList<int> rows;
    for (const QModelIndex& index : m_checks->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_checks->removeRow(row);
    revalidate();
}

model::DomainType DomainDialog::edited(QString* problem) const
{
    model::DomainType d = m_original;
    d.name = m_name->text().trimmed();
    d.schemaId = core::Id(m_schema->currentData().toString());
    d.notNull = m_notNull->isChecked();
    d.defaultExpression = m_default->text().trimmed();
    d.collation = m_collation->text().trimmed();
    d.comment = m_comment->toPlainText();
    d.checks.clear();
    QString why;
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        model::CheckConstraint check;
        const QTableWidgetItem* name = m_checks->item(row, CheckName);
        check.id = core::Id(name ? name->data(kCheckIdRole).toString() : QString());
        check.name = itemText(m_checks, row, CheckName);
        check.expression = itemText(m_checks, row, CheckExpression);
        if (check.name.isEmpty() && check.expression.isEmpty())
            continue; // a row added and left empty
        d.checks.append(check);
    }
    model::LogicalType base = m_original.baseType;
    base.domainId = {};
    const auto type = typeFromText(m_document, base, m_baseType->currentText());
    if (!type) {
        why = tr("Base type: %1").arg(type.error().message);
    } else if (!type.value().domainId.isNull()) {
        why = tr("Base type: a domain cannot be based on another domain; pick its base type");
    } else {
        d.baseType = type.value();
    }
    if (why.isEmpty() && !d.collation.isEmpty() && !d.baseType.isText() &&
        pinnedType(m_document, d.baseType).isEmpty())
        why = tr("Collation: only a text type (varchar, char, text) has a collation");
    if (why.isEmpty()) {
        model::DomainType checked = d;
        if (checked.id.isNull())
            checked.id = core::Id(QStringLiteral("dom_new"));
        if (const core::Status ok = model::checkDomain(m_document.model, checked); !ok)
            why = ok.error().message;
    }
    if (problem)
        *problem = why;
    return d;
}

model::DomainType DomainDialog::domain() const
{
    return edited(nullptr);
}

QString DomainDialog::sqlFor(const model::DomainType& d) const
{
    // The DDL builder's own fragments (postgresdomainsql), so the preview is what the DDL
    // tab shows.
    const dialect::postgres::PostgresDialect pg;
    model::Model shown = m_document.model;
    model::DomainType named = d;
    if (named.name.isEmpty())
        named.name = QStringLiteral("?");
    shown.domains.removeIf([&](const model::DomainType& other) { return other.id == d.id; });
    shown.domains.append(named);
    const model::ModelIndex index(shown);
    QStringList lines;
    const auto target = dialect::createDialect(m_document.dialect);
    if (target && target->name() != u"postgres") {
        // What the project's dialect does with it instead (the DDL builders' rule).
        lines << QStringLiteral("-- %1").arg(
            tr("%1 has no domains: its columns become %2 with the domain's NOT NULL, DEFAULT "
               "and checks")
                .arg(target->displayName(), target->typeSql(d.baseType, m_document.model)));
    }
    // createDomainSql's fragments, one clause a line: the same SQL, readable in a dialog.
    lines << QStringLiteral("CREATE DOMAIN %1 AS %2")
                 .arg(dialect::postgres::domainName(pg, index, named),
                      dialect::postgres::domainBaseTypeSql(pg, index, named));
    if (!named.collation.isEmpty())
        lines << QStringLiteral("    COLLATE ") + pg.quoteIdentifier(named.collation);
    if (const QString def = dialect::postgres::domainDefaultSql(named); !def.isEmpty())
        lines << QStringLiteral("    DEFAULT ") + def;
    if (named.notNull)
        lines << QStringLiteral("    NOT NULL");
    for (const model::CheckConstraint& check : named.checks)
        lines << QStringLiteral("    ") + dialect::postgres::domainCheckSql(pg, check);
    lines.last() += QLatin1Char(';');
    if (!d.comment.isEmpty())
        lines << QStringLiteral("COMMENT ON DOMAIN %1 IS %2;")
                     .arg(dialect::postgres::domainName(pg, index, named),
                          pg.quoteLiteral(d.comment));
    return lines.join(QLatin1Char('\n'));
}

void DomainDialog::revalidate()
{
    if (m_loading)
        return;
    const model::DomainType d = edited(&m_problem);
    m_status->setText(m_problem);
    m_status->setVisible(!m_problem.isEmpty());
    m_ok->setEnabled(m_problem.isEmpty());
    const QString sql = sqlFor(d);
    if (m_sql->toPlainText() != sql)
        m_sql->setPlainText(sql);
}

core::Id DomainDialog::createDomain(QWidget* parent, app::DocumentController* controller,
                                    const core::Id& schemaId)
{
    const model::Model& m = controller->document().model;
    model::DomainType fresh;
    fresh.schemaId = m.schema(schemaId)    ? schemaId
                     : m.schemas.isEmpty() ? core::Id()
                                           : m.schemas.first().id;
    app::DomainCommands commands(controller);
    fresh.name = commands.unusedName(fresh.schemaId, QStringLiteral("new_domain"));
    fresh.baseType.kind = model::LogicalType::Kind::Varchar;
    fresh.baseType.length = 255;
    DomainDialog dialog(controller->document(), fresh, parent);
    dialog.nameEdit()->selectAll();
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const auto id = commands.addDomain(dialog.domain());
    if (!id) {
        QMessageBox::warning(parent, tr("New Domain"), id.error().toString());
        return {};
    }
    return id.value();
}

bool DomainDialog::editDomain(QWidget* parent, app::DocumentController* controller,
                              const core::Id& domainId)
{
    const model::DomainType* current = controller->document().model.domainType(domainId);
    if (!current)
        return false;
    DomainDialog dialog(controller->document(), *current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const core::Status status = app::DomainCommands(controller).updateDomain(dialog.domain());
    if (!status)
        QMessageBox::warning(parent, tr("Edit Domain"), status.error().toString());
    return status.ok();
}

} // namespace schemata::widgets
