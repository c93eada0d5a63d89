#include "widgets/ddlpreview.h"

#include "dialect/dialect.h"
#include "widgets/sqlview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace schemata::widgets {

DdlPreview::DdlPreview(KSyntaxHighlighting::Repository* repository, QWidget* parent)
    : QWidget(parent), m_selector(new QComboBox(this)), m_info(new QLabel(this)),
      m_view(new SqlView(repository, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto* label = new QLabel(tr("DDL &preview for:"), this);
    label->setBuddy(m_selector);
    bar->addWidget(label);
    bar->addWidget(m_selector);
    bar->addSpacing(12);
    bar->addWidget(m_info, 1);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        m_selector->addItem(d ? d->displayName() : name, name);
    }
    m_view->setReadOnly(true);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DdlPreview::regenerateNow);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] {
        regenerateNow();
        Q_EMIT dialectChanged(dialect());
    });
}

void DdlPreview::setModel(const model::Model& model)
{
    m_model = model;
    m_timer.start();
}

void DdlPreview::setDialect(const QString& dialectName)
{
    const auto d = dialect::createDialect(dialectName);
    const int index = m_selector->findData(d ? d->name() : dialectName);
    if (index >= 0)
        m_selector->setCurrentIndex(index);
}

QString DdlPreview::dialect() const
{
    return m_selector->currentData().toString();
}

void DdlPreview::regenerateNow()
{
    m_timer.stop();
    const auto d = dialect::createDialect(dialect());
    if (!d) {
        m_info->setText(tr("No dialect selected"));
        m_view->setSql({});
        Q_EMIT regenerated();
        return;
    }
    m_view->setDefinitionName(d->highlightingDefinition());
    const dialect::DdlScript script = d->createScript(m_model);
    m_view->setSql(script.toSql());
    QString info = tr("%n statement(s)", nullptr, int(script.statements.size()));
    if (!script.warnings.isEmpty())
        info += QStringLiteral(" · ") + tr("%n emulation warning(s)", nullptr, int(script.warnings.size()));
    m_info->setText(info);
    Q_EMIT regenerated();
}

} // namespace schemata::widgets
