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
    m_pool.setMaxThreadCount(1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DdlPreview::startWorker);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] {
        regenerateNow();
        Q_EMIT dialectChanged(dialect());
    });
}

DdlPreview::~DdlPreview()
{
    // The worker posts its result to this object: it must be done before the object goes.
    m_pool.clear();
    m_pool.waitForDone();
}

void DdlPreview::setModel(const model::Model& model)
{
    // Layout-only edits (a drop after a drag) leave the model's lists shared, so this
    // comparison is O(1) for them; after a model edit it stops at the first difference.
    if (model == m_model && (m_shownCurrent || isPending()))
        return;
    m_model = model;
    m_shownCurrent = false;
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

DdlPreview::Rendered DdlPreview::render(const model::Model& model, const QString& dialectName)
{
    // Runs on the worker: only its arguments (copies) and a dialect of its own.
    Rendered rendered;
    const auto d = dialect::createDialect(dialectName);
    if (!d)
        return rendered;
    rendered.hasDialect = true;
    rendered.definitionName = d->highlightingDefinition();
    rendered.script = d->createScript(model);
    rendered.sql = rendered.script.toSql();
    return rendered;
}

void DdlPreview::startWorker()
{
    m_pool.clear(); // a queued, not yet started regeneration is superseded by this one
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    m_pool.start([this, generation, model = m_model, dialectName = dialect()] {
        Rendered rendered = render(model, dialectName);
        // Posted to the GUI thread; `this` outlives the worker (the destructor waits).
        QMetaObject::invokeMethod(
            this,
            [this, generation, rendered = std::move(rendered)]() mutable {
                if (generation != m_generation)
                    return; // a newer request (or a synchronous regeneration) replaced it
                m_inFlight = false;
                show(std::move(rendered));
            },
            Qt::QueuedConnection);
    });
}

void DdlPreview::regenerateNow()
{
    m_timer.stop();
    ++m_generation; // drops a result in flight
    m_inFlight = false;
    show(render(m_model, dialect()));
}

void DdlPreview::show(Rendered rendered)
{
    m_shownCurrent = true;
    if (!rendered.hasDialect) {
        m_script = {};
        m_sql.clear();
        m_info->setText(tr("No dialect selected"));
        m_view->setSql({});
        Q_EMIT regenerated();
        return;
    }
    m_view->setDefinitionName(rendered.definitionName);
    m_script = std::move(rendered.script);
    m_sql = std::move(rendered.sql);
    const dialect::DdlScript& script = m_script;
    m_view->setSql(m_sql);
    QString info = tr("%n statement(s)", nullptr, int(script.statements.size()));
    if (!script.warnings.isEmpty())
        info += QStringLiteral(" · ") +
                tr("%n emulation warning(s)", nullptr, int(script.warnings.size()));
    m_info->setText(info);
    // A regeneration after a dialect switch keeps the selected object in view.
    if (!m_revealed.isNull() && lineOf(m_revealed) >= 0)
        revealObject(m_revealed);
    Q_EMIT regenerated();
}

void DdlPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_revealOnShow)
        revealObject(m_revealed);
}

int DdlPreview::lineOf(const core::Id& objectId) const
{
    // toSql() writes each statement's text verbatim; find the first one for the object.
    qsizetype from = 0;
    for (const auto& statement : m_script.statements) {
        const qsizetype at = m_sql.indexOf(statement.sql, from);
        if (at < 0)
            continue;
        if (statement.objectId == objectId)
            return int(QStringView(m_sql).first(at).count(QLatin1Char('\n')));
        from = at + statement.sql.size();
    }
    return -1;
}

int DdlPreview::revealObject(const core::Id& objectId)
{
    m_revealed = objectId;
    const int line = lineOf(objectId);
    // Scrolled once the view is seen: scrolling after a change above that line makes the lexer
    // restyle every line up to it (~130 ms of GUI thread on 2,000 tables), wasted while another
    // tab is in front. showEvent() comes back here.
    m_revealOnShow = line >= 0 && !isVisible();
    if (line >= 0 && !m_revealOnShow) {
        // The caret line highlight marks the statement; one line of context above it.
        m_view->setCursorPosition(line, 0);
        m_view->setFirstVisibleLine(std::max(0, line - 1));
    }
    return line;
}

} // namespace schemata::widgets
