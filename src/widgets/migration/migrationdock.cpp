#include "widgets/migration/migrationdock.h"

#include "app/documentcontroller.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"
#include "migrate/migrationauthor.h"
#include "migrate/planner.h"
#include "migrate/safetyanalysis.h"
#include "widgets/sqlview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schemata::widgets {

namespace {

constexpr int kMigrationRole = Qt::UserRole; // history row → migration index, -1 = pending

QString opText(migrate::ChangeOp op)
{
    switch (op) {
    case migrate::ChangeOp::Add:
        return MigrationDock::tr("add");
    case migrate::ChangeOp::Drop:
        return MigrationDock::tr("drop");
    case migrate::ChangeOp::Rename:
        return MigrationDock::tr("rename");
    case migrate::ChangeOp::Alter:
        return MigrationDock::tr("alter");
    }
    return {};
}

QString kindText(migrate::ObjectKind kind)
{
    switch (kind) {
    case migrate::ObjectKind::Schema:
        return MigrationDock::tr("schema");
    case migrate::ObjectKind::Enum:
        return MigrationDock::tr("enum");
    case migrate::ObjectKind::Table:
        return MigrationDock::tr("table");
    case migrate::ObjectKind::Column:
        return MigrationDock::tr("column");
    case migrate::ObjectKind::PrimaryKey:
        return MigrationDock::tr("primary key");
    case migrate::ObjectKind::Unique:
        return MigrationDock::tr("unique constraint");
    case migrate::ObjectKind::Check:
        return MigrationDock::tr("check constraint");
    case migrate::ObjectKind::ForeignKey:
        return MigrationDock::tr("foreign key");
    case migrate::ObjectKind::Index:
        return MigrationDock::tr("index");
    case migrate::ObjectKind::View:
        return MigrationDock::tr("view");
    case migrate::ObjectKind::Domain:
        return MigrationDock::tr("domain");
    case migrate::ObjectKind::DomainCheck:
        return MigrationDock::tr("domain check constraint");
    }
    return {};
}

QIcon severityIcon(const QStyle* style, model::Diagnostic::Severity severity)
{
    switch (severity) {
    case model::Diagnostic::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case model::Diagnostic::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case model::Diagnostic::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString severityText(model::Diagnostic::Severity severity)
{
    switch (severity) {
    case model::Diagnostic::Severity::Error:
        return MigrationDock::tr("error");
    case model::Diagnostic::Severity::Warning:
        return MigrationDock::tr("warning");
    case model::Diagnostic::Severity::Info:
        return MigrationDock::tr("info");
    }
    return {};
}

QTreeWidget* makeList(const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->header()->setStretchLastSection(true);
    return list;
}

// A titled pane for one of the two SQL views.
QWidget* sqlPane(QLabel* title, SqlView* view, QWidget* parent)
{
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setContentsMargins(6, 2, 6, 0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    return pane;
}

} // namespace

MigrationDock::MigrationDock(app::DocumentController* controller,
                             KSyntaxHighlighting::Repository* repository, QWidget* parent)
    : QDockWidget(tr("Migrations"), parent), m_controller(controller)
{
    setObjectName(QStringLiteral("migrationsDock"));
    auto* body = new QWidget(this);
    m_dialect = new QComboBox(body);
    m_summary = new QLabel(body);
    m_create = new QPushButton(tr("&Create Migration…"), body);
    m_create->setToolTip(tr("Append the pending changes to the history as a new migration"));
    m_tabs = new QTabWidget(body);
    m_tabs->setDocumentMode(true);
    m_changesList = makeList({tr("Change"), tr("Object"), tr("Attributes")}, m_tabs);
    m_findingsList = makeList({tr("Severity"), tr("Code"), tr("Object"), tr("Message")}, m_tabs);
    m_historyList = makeList({tr("Migration"), tr("Name"), tr("Notes")}, m_tabs);
    m_tabs->addTab(m_changesList, tr("Changes"));
    m_tabs->addTab(m_findingsList, tr("Findings"));
    m_tabs->addTab(m_historyList, tr("History"));
    m_upTitle = new QLabel(body);
    m_downTitle = new QLabel(body);
    m_upView = new SqlView(repository, body);
    m_downView = new SqlView(repository, body);
    m_upView->setReadOnly(true);
    m_downView->setReadOnly(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto* label = new QLabel(tr("&Dialect:"), body);
    label->setBuddy(m_dialect);
    bar->addWidget(label);
    bar->addWidget(m_dialect);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_create);

    auto* sql = new QSplitter(Qt::Horizontal, body);
    sql->addWidget(sqlPane(m_upTitle, m_upView, sql));
    sql->addWidget(sqlPane(m_downTitle, m_downView, sql));
    auto* split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(m_tabs);
    split->addWidget(sql);
    // The lists need room for paths and attribute names; the SQL panes share the rest.
    m_tabs->setMinimumWidth(380);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 5);

    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setWidget(body);

    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        m_dialect->addItem(d ? d->displayName() : name, name);
    }
    setDialect(m_controller->document().dialect);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &MigrationDock::startWorker);
    // Planning a large model is not free: while the panel is hidden (a background tab),
    // changes only mark it stale, and showing it refreshes. Opening a document thus costs
    // nothing until the panel is looked at.
    connect(m_controller, &app::DocumentController::documentChanged, this, [this] {
        // A layout-only edit (the drop after a drag) leaves the model's and history's lists
        // shared with the last refresh's copies: equal in O(1), nothing to recompute.
        const document::Document& doc = m_controller->document();
        if (!m_stale && !m_timer.isActive() && doc.model == m_sourceModel &&
            doc.history == m_sourceHistory)
            return;
        refreshWhenVisible(false);
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            m_timer.start();
    });
    connect(m_controller, &app::DocumentController::documentReplaced, this, [this] {
        m_shownMigration = -1;
        const QSignalBlocker blocker(m_dialect);
        setDialect(m_controller->document().dialect);
        // An opened document is planned at once, but on the worker: opening must not stall.
        m_stale = true;
        if (isVisible())
            startWorker();
    });
    connect(m_dialect, &QComboBox::currentIndexChanged, this, [this] { refreshWhenVisible(true); });
    connect(m_create, &QPushButton::clicked, this, &MigrationDock::askAndCreate);
    connect(m_historyList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            showMigration(item->data(0, kMigrationRole).toInt());
    });
}

void MigrationDock::refreshWhenVisible(bool immediately)
{
    m_stale = true;
    if (!isVisible())
        return;
    if (immediately)
        refreshNow();
    else
        m_timer.start();
}

void MigrationDock::setDialect(const QString& dialectName)
{
    const auto d = dialect::createDialect(dialectName);
    const int index = m_dialect->findData(d ? d->name() : dialectName);
    if (index >= 0 && index != m_dialect->currentIndex())
        m_dialect->setCurrentIndex(index);
}

QString MigrationDock::dialect() const
{
    return m_dialect->currentData().toString();
}

MigrationDock::~MigrationDock()
{
    // The worker posts its result to this object: it must be done before the object goes.
    cancelWorker();
    m_pool.waitForDone();
}

MigrationDock::Pending MigrationDock::compute(const model::Model& from, const model::Model& to,
                                              const QString& dialectName,
                                              const std::atomic<bool>& cancelled)
{
    // Runs on the worker (or, from refreshNow, on the GUI thread): only its arguments,
    // which are copies, and a planner of its own. Checks for cancellation between stages.
    Pending pending;
    pending.changes = migrate::diffModels(from, to);
    const auto planner = migrate::createPlanner(dialectName);
    if (!planner)
        return pending;
    pending.hasPlanner = true;
    if ((pending.cancelled = cancelled.load()))
        return pending;
    pending.plan = planner->plan(pending.changes, from, to);
    if ((pending.cancelled = cancelled.load()))
        return pending;
    pending.findings = migrate::analyzePlan(pending.changes, pending.plan, from, to);
    if ((pending.cancelled = cancelled.load()))
        return pending;
    pending.up = migrate::renderUp(pending.plan);
    pending.down = migrate::renderDown(pending.plan);
    return pending;
}

void MigrationDock::cancelWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_pool.clear(); // queued, not started: never posts a result
}

void MigrationDock::startWorker()
{
    m_timer.stop();
    cancelWorker();
    m_stale = false;
    const document::Document& doc = m_controller->document();
    m_sourceModel = doc.model;
    m_sourceHistory = doc.history;
    const quint64 generation = ++m_generation;
    m_inFlight = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_pool.start([this, generation, cancel, from = doc.history.snapshot.value_or(model::Model{}),
                  to = doc.model, dialectName = dialect()] {
        Pending pending = compute(from, to, dialectName, *cancel);
        if (pending.cancelled)
            return; // whoever cancelled started a newer refresh or is destroying the dock
        // Posted to the GUI thread; `this` outlives the worker (the destructor waits).
        QMetaObject::invokeMethod(
            this,
            [this, generation, pending = std::move(pending)]() mutable {
                if (generation != m_generation)
                    return; // a newer refresh replaced it
                m_inFlight = false;
                apply(std::move(pending));
            },
            Qt::QueuedConnection);
    });
}

void MigrationDock::refreshNow()
{
    m_timer.stop();
    cancelWorker();
    ++m_generation; // drops a result in flight
    m_inFlight = false;
    m_stale = false;
    const document::Document& doc = m_controller->document();
    m_sourceModel = doc.model;
    m_sourceHistory = doc.history;
    const std::atomic<bool> never{false};
    apply(compute(doc.history.snapshot.value_or(model::Model{}), doc.model, dialect(), never));
}

void MigrationDock::apply(Pending pending)
{
    m_changes = std::move(pending.changes);
    m_plan = std::move(pending.plan);
    m_findings = std::move(pending.findings);
    m_pendingUp = std::move(pending.up);
    m_pendingDown = std::move(pending.down);
    m_planError = pending.hasPlanner
                      ? QString()
                      : tr("There is no migration planner for \"%1\".").arg(dialect());
    if (m_shownMigration >= m_controller->document().history.migrations.size())
        m_shownMigration = -1;
    fillChanges();
    fillFindings();
    fillHistory();
    showSql();
    updateSummary();
}

void MigrationDock::fillChanges()
{
    // Which changes plan to a step whose down cannot give the data back.
    QHash<int, QString> irreversible;
    for (const migrate::PlanStep& step : std::as_const(m_plan.steps)) {
        if (step.irreversible && step.changeIndex >= 0)
            irreversible.insert(step.changeIndex, step.irreversibleReason);
    }
    m_changesList->clear();
    QList<QTreeWidgetItem*> items;
    for (qsizetype i = 0; i < m_changes.changes.size(); ++i) {
        const migrate::Change& change = m_changes.changes[i];
        auto* item = new QTreeWidgetItem(
            {opText(change.op) + QLatin1Char(' ') + kindText(change.kind), change.path,
             migrate::attributeNames(change.changed).join(QStringLiteral(", "))});
        if (const auto it = irreversible.constFind(int(i)); it != irreversible.cend()) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, tr("Irreversible: %1").arg(*it));
        }
        items.append(item);
    }
    for (const migrate::RenameCandidate& candidate : std::as_const(m_changes.renameCandidates)) {
        auto* item = new QTreeWidgetItem(
            {tr("possible rename"), candidate.fromPath + QStringLiteral(" → ") + candidate.toPath,
             tr("%1% alike").arg(candidate.score)});
        QFont italic = item->font(0);
        italic.setItalic(true);
        for (int c = 0; c < 3; ++c)
            item->setFont(c, italic);
        item->setToolTip(0, tr("Matched by name: planned as drop + add, not applied as a rename"));
        items.append(item);
    }
    m_changesList->addTopLevelItems(items);
    m_changesList->resizeColumnToContents(0);
    m_changesList->resizeColumnToContents(1);
}

void MigrationDock::fillFindings()
{
    m_findingsList->clear();
    // Thousands of findings on a large first migration: the style's icon lookup per row
    // was most of this list's cost, so each severity's icon is looked up once.
    const QIcon icons[] = {severityIcon(style(), model::Diagnostic::Severity::Error),
                           severityIcon(style(), model::Diagnostic::Severity::Warning),
                           severityIcon(style(), model::Diagnostic::Severity::Info)};
    const auto iconOf = [&icons](model::Diagnostic::Severity severity) -> const QIcon& {
        switch (severity) {
        case model::Diagnostic::Severity::Error:
            return icons[0];
        case model::Diagnostic::Severity::Warning:
            return icons[1];
        case model::Diagnostic::Severity::Info:
            break;
        }
        return icons[2];
    };
    QList<QTreeWidgetItem*> items;
    for (const migrate::Finding& finding : std::as_const(m_findings)) {
        auto* item = new QTreeWidgetItem(
            {severityText(finding.severity), finding.code, finding.path, finding.message});
        item->setIcon(0, iconOf(finding.severity));
        item->setToolTip(3, finding.why);
        item->setToolTip(1, finding.why);
        items.append(item);
    }
    m_findingsList->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_findingsList->resizeColumnToContents(c);
}

void MigrationDock::fillHistory()
{
    const document::MigrationHistory& history = m_controller->document().history;
    const QSignalBlocker blocker(m_historyList);
    m_historyList->clear();
    QTreeWidgetItem* current = nullptr;
    for (qsizetype i = 0; i < history.migrations.size(); ++i) {
        const document::Migration& migration = history.migrations[i];
        QStringList notes;
        if (migration.irreversible)
            notes << tr("irreversible");
        if (!migration.scripts.contains(dialect()))
            notes << tr("no %1 script").arg(m_dialect->currentText());
        auto* item =
            new QTreeWidgetItem({migration.id, migration.name, notes.join(QStringLiteral(", "))});
        item->setData(0, kMigrationRole, int(i));
        m_historyList->addTopLevelItem(item);
        if (i == m_shownMigration)
            current = item;
    }
    auto* pending =
        new QTreeWidgetItem({tr("pending"), tr("(not yet a migration)"),
                             tr("%n change(s)", nullptr, int(m_changes.changes.size()))});
    pending->setData(0, kMigrationRole, -1);
    QFont italic = pending->font(0);
    italic.setItalic(true);
    for (int c = 0; c < 3; ++c)
        pending->setFont(c, italic);
    m_historyList->addTopLevelItem(pending);
    m_historyList->setCurrentItem(current ? current : pending);
    m_historyList->resizeColumnToContents(0);
    m_historyList->resizeColumnToContents(1);
}

void MigrationDock::showMigration(int index)
{
    const auto& migrations = m_controller->document().history.migrations;
    m_shownMigration = index >= 0 && index < migrations.size() ? index : -1;
    showSql();
}

void MigrationDock::showSql()
{
    const auto d = dialect::createDialect(dialect());
    if (d) {
        m_upView->setDefinitionName(d->highlightingDefinition());
        m_downView->setDefinitionName(d->highlightingDefinition());
    }
    if (m_shownMigration < 0) {
        m_upTitle->setText(tr("<b>Up</b> — pending changes"));
        m_downTitle->setText(tr("<b>Down</b> — pending changes"));
        if (!m_planError.isEmpty()) {
            m_upView->setSql(QStringLiteral("-- ") + m_planError);
            m_downView->setSql(QStringLiteral("-- ") + m_planError);
            return;
        }
        m_upView->setSql(m_pendingUp);
        m_downView->setSql(m_pendingDown);
        return;
    }
    const document::Migration& migration =
        m_controller->document().history.migrations[m_shownMigration];
    const QString label = migration.id + QLatin1Char('_') + migration.name;
    m_upTitle->setText(tr("<b>Up</b> — %1").arg(label.toHtmlEscaped()));
    m_downTitle->setText(tr("<b>Down</b> — %1").arg(label.toHtmlEscaped()));
    const auto script = migration.scripts.constFind(dialect());
    if (script == migration.scripts.cend()) {
        const QString missing = QStringLiteral("-- ") +
                                tr("%1 has no script for %2").arg(label, m_dialect->currentText());
        m_upView->setSql(missing);
        m_downView->setSql(missing);
        return;
    }
    m_upView->setSql(script->up);
    m_downView->setSql(script->down);
}

void MigrationDock::updateSummary()
{
    int irreversible = 0;
    for (const migrate::PlanStep& step : std::as_const(m_plan.steps))
        irreversible += step.irreversible ? 1 : 0;
    const int changes = int(m_changes.changes.size());
    QString text =
        changes == 0 ? tr("No pending changes") : tr("%n pending change(s)", nullptr, changes);
    if (!m_findings.isEmpty())
        text += QStringLiteral(" · ") + tr("%n finding(s)", nullptr, int(m_findings.size()));
    if (irreversible > 0)
        text += QStringLiteral(" · ") + tr("%n irreversible step(s)", nullptr, irreversible);
    m_summary->setText(text);
    m_create->setEnabled(changes > 0);
    m_tabs->setTabText(ChangesTab, tr("Changes (%1)").arg(changes));
    m_tabs->setTabText(FindingsTab, tr("Findings (%1)").arg(m_findings.size()));
    m_tabs->setTabText(HistoryTab,
                       tr("History (%1)").arg(m_controller->document().history.migrations.size()));
}

core::Status MigrationDock::createMigration(const QString& name, const QDateTime& nowUtc)
{
    const core::Status status = m_controller->applyEdit(
        tr("Create Migration %1").arg(name), {}, {}, [&](document::Document& doc) -> core::Status {
            core::Result<document::Document> appended = migrate::appendMigration(doc, name, nowUtc);
            if (!appended)
                return appended.error();
            doc = std::move(appended).value();
            return {};
        });
    if (status) {
        m_shownMigration = int(m_controller->document().history.migrations.size()) - 1;
        refreshNow();
    }
    return status;
}

void MigrationDock::askAndCreate()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Create Migration"),
                              tr("Name of the migration (snake_case, e.g. add_order_notes):"),
                              QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const core::Status status = createMigration(name.trimmed(), QDateTime::currentDateTimeUtc());
    if (!status)
        QMessageBox::warning(this, tr("Create Migration"), status.error().toString());
}

} // namespace schemata::widgets
