#include "widgets/validationpanel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schemata::widgets {

namespace {
constexpr int kObjectIdRole = Qt::UserRole + 1;
}

ValidationPanel::ValidationPanel(QWidget* parent) : QWidget(parent), m_list(new QTreeWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Object"), tr("Message")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 170);
    m_list->setColumnWidth(2, 200);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    setDiagnostics({});
}

void ValidationPanel::setDiagnostics(const model::Diagnostics& diagnostics)
{
    if (diagnostics == m_diagnostics && m_list->topLevelItemCount() > 0)
        return;
    m_diagnostics = diagnostics;
    m_list->clear();
    if (diagnostics.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_list, {tr("OK"), {}, {}, tr("No problems found.")});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        return;
    }
    for (const auto& d : diagnostics) {
        QString severity;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        switch (d.severity) {
        case model::Diagnostic::Severity::Error:
            severity = tr("Error");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case model::Diagnostic::Severity::Warning:
            severity = tr("Warning");
            icon = QStyle::SP_MessageBoxWarning;
            break;
        case model::Diagnostic::Severity::Info:
            severity = tr("Info");
            break;
        }
        auto* item = new QTreeWidgetItem(m_list, {severity, d.code, d.path, d.message});
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(3, d.message);
        item->setData(0, kObjectIdRole, d.objectId.toString());
    }
}

QString ValidationPanel::summary() const
{
    int errors = 0;
    int warnings = 0;
    for (const auto& d : m_diagnostics) {
        errors += d.severity == model::Diagnostic::Severity::Error ? 1 : 0;
        warnings += d.severity == model::Diagnostic::Severity::Warning ? 1 : 0;
    }
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    return tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
           tr("%n warning(s)", nullptr, warnings);
}

void ValidationPanel::activate(QTreeWidgetItem* item)
{
    const QString id = item->data(0, kObjectIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT objectActivated(core::Id(id));
}

} // namespace schemata::widgets
