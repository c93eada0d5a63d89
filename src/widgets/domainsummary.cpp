#include "widgets/domainsummary.h"

#include "model/domainedits.h"
#include "widgets/svgicon.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace schemata::widgets {

namespace {

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DomainSummary::DomainSummary(QWidget* parent) : QWidget(parent)
{
    m_baseType = valueLabel(this);
    m_notNull = valueLabel(this);
    m_default = valueLabel(this);
    m_collation = valueLabel(this);
    m_checks = valueLabel(this);
    m_comment = valueLabel(this);
    m_usedBy = new QListWidget(this);
    m_usedBy->setToolTip(tr("Double-click a column to select it"));
    m_edit = new QPushButton(tr("&Edit Domain…"), this);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Base type:"), m_baseType);
    form->addRow(tr("NOT NULL:"), m_notNull);
    form->addRow(tr("Default:"), m_default);
    form->addRow(tr("Collation:"), m_collation);
    form->addRow(tr("Checks:"), m_checks);
    form->addRow(tr("Comment:"), m_comment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Used by:"), this));
    layout->addWidget(m_usedBy, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_domainId.isNull())
            Q_EMIT editRequested(m_domainId);
    });
    connect(m_usedBy, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT columnActivated(core::Id(item->data(Qt::UserRole).toString()));
    });
}

void DomainSummary::setDomain(const document::Document& document, const core::Id& domainId)
{
    m_domainId = domainId;
    const model::DomainType* d = document.model.domainType(domainId);
    const QString none = tr("—");
    m_baseType->setText(d ? typeEditText(document, d->baseType) : none);
    m_notNull->setText(d && d->notNull ? tr("yes") : tr("no"));
    m_default->setText(d && !d->defaultExpression.isEmpty() ? d->defaultExpression : none);
    m_collation->setText(d && !d->collation.isEmpty() ? d->collation : tr("default"));
    QStringList checks;
    if (d) {
        for (const model::CheckConstraint& check : d->checks)
            checks << (check.name.isEmpty() ? QString() : check.name + QStringLiteral(": ")) +
                          check.expression;
    }
    m_checks->setText(checks.isEmpty() ? none : checks.join(QLatin1Char('\n')));
    m_comment->setText(d && !d->comment.isEmpty() ? d->comment : none);
    m_edit->setEnabled(d != nullptr);

    // Rebuilt only when it differs, so a selection in the list survives unrelated edits.
    const QList<model::DomainUse> uses =
        d ? model::domainUses(document.model, d->id) : QList<model::DomainUse>();
    bool same = m_usedBy->count() == uses.size();
    for (int i = 0; same && i < uses.size(); ++i)
        same = m_usedBy->item(i)->text() == uses[i].path &&
               m_usedBy->item(i)->data(Qt::UserRole).toString() == uses[i].columnId.toString();
    if (same)
        return;
    m_usedBy->clear();
    const QIcon icon = svgIcon(QStringLiteral(":/icons/column.svg"));
    for (const model::DomainUse& use : uses) {
        auto* item = new QListWidgetItem(icon, use.path, m_usedBy);
        item->setData(Qt::UserRole, use.columnId.toString());
    }
}

QString DomainSummary::fieldText(const QString& field) const
{
    if (field == u"baseType")
        return m_baseType->text();
    if (field == u"notNull")
        return m_notNull->text();
    if (field == u"default")
        return m_default->text();
    if (field == u"collation")
        return m_collation->text();
    if (field == u"checks")
        return m_checks->text();
    if (field == u"comment")
        return m_comment->text();
    return {};
}

} // namespace schemata::widgets
