#include "widgets/validationpanel.h"

#include "dialect/dialect.h"
#include "model/validator.h"

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
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &ValidationPanel::validateSoon);
}

ValidationPanel::~ValidationPanel()
{
    // The worker posts its result to this object: it must be done before the object goes.
    m_pool.clear();
    m_pool.waitForDone();
}

model::Diagnostics ValidationPanel::validate(const model::Model& model, const QString& dialectName)
{
    // Runs on the worker: only its arguments (copies) and a dialect of its own.
    model::Diagnostics diagnostics = model::validateModel(model);
    if (const auto d = dialect::createDialect(dialectName))
        diagnostics += d->validate(model);
    return diagnostics;
}

void ValidationPanel::setModel(const model::Model& model, const QString& dialectName)
{
    // Layout-only edits leave the model's lists shared, so this comparison is O(1) for
    // them; after a model edit it stops at the first difference.
    if (m_hasModel && dialectName == m_dialect && model == m_model &&
        (m_shownCurrent || isPending()))
        return;
    m_hasModel = true;
    m_model = model;
    m_dialect = dialectName;
    m_shownCurrent = false;
    m_timer.start();
}

void ValidationPanel::validateSoon()
{
    m_timer.stop();
    m_pool.clear(); // a queued, not yet started validation is superseded by this one
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    m_pool.start([this, generation, model = m_model, dialectName = m_dialect] {
        model::Diagnostics diagnostics = validate(model, dialectName);
        // Posted to the GUI thread; `this` outlives the worker (the destructor waits).
        QMetaObject::invokeMethod(
            this,
            [this, generation, diagnostics = std::move(diagnostics)] {
                if (generation != m_generation)
                    return; // a newer request (or a synchronous validation) replaced it
                m_inFlight = false;
                show(diagnostics);
            },
            Qt::QueuedConnection);
    });
}

void ValidationPanel::validateNow()
{
    m_timer.stop();
    ++m_generation; // drops a result in flight
    m_inFlight = false;
    show(validate(m_model, m_dialect));
}

void ValidationPanel::waitForWorker()
{
    m_pool.waitForDone();
}

void ValidationPanel::show(const model::Diagnostics& diagnostics)
{
    m_shownCurrent = true;
    setDiagnostics(diagnostics);
    Q_EMIT validated();
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
