#pragma once

#include "core/result.h"
#include "document/migrationhistory.h"
#include "migrate/change.h"
#include "migrate/finding.h"
#include "migrate/plan.h"

#include <QDateTime>
#include <QDockWidget>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class SqlView;

// The migration panel (issue 4, "In the studio"): what changed since the history's
// snapshot (an empty model before the first migration) — the typed changes, the safety
// findings with their codes, and the up and down SQL side by side for a chosen dialect —
// plus the history, each migration showing its released pair. "Create Migration…"
// appends the pending migration as one undoable edit through the controller.
// The debounced refresh (diff, plan, safety analysis, up/down SQL: ~0.3 s on a 2,000-table
// project) runs on a worker from copies of the snapshot and the model; the GUI thread only
// fills the lists and views from the result. A newer request cancels the running one
// between its stages and drops its result (generation numbers).
class MigrationDock : public QDockWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ChangesTab,
        FindingsTab,
        HistoryTab
    };

    MigrationDock(app::DocumentController* controller, KSyntaxHighlighting::Repository* repository,
                  QWidget* parent = nullptr);
    // Cancels a refresh in flight and waits for the worker.
    ~MigrationDock() override;

    // Recomputes the pending migration now, on this thread (a refresh in flight is
    // dropped). Otherwise it is recomputed (debounced, on a worker) after model or history
    // edits while the panel is visible, and when it becomes visible after changes.
    void refreshNow();
    // A refresh is debounced or running on the worker.
    bool isPending() const { return m_timer.isActive() || m_inFlight; }

    // Appends the pending migration named `name`, created at `nowUtc`, as one undoable
    // edit. Errors (nothing to migrate, bad name, edited history) come back as values.
    core::Status createMigration(const QString& name, const QDateTime& nowUtc);

    // Which SQL the views show: the pending pair (-1) or history migration `index`.
    void showMigration(int index);
    void setDialect(const QString& dialectName);
    QString dialect() const;

    const migrate::ChangeSet& changes() const { return m_changes; }
    const migrate::Plan& plan() const { return m_plan; }
    const migrate::Findings& findings() const { return m_findings; }
    QTreeWidget* changesList() const { return m_changesList; }
    QTreeWidget* findingsList() const { return m_findingsList; }
    QTreeWidget* historyList() const { return m_historyList; }
    QTabWidget* tabs() const { return m_tabs; }
    SqlView* upView() const { return m_upView; }
    SqlView* downView() const { return m_downView; }
    QPushButton* createButton() const { return m_create; }

    static constexpr int kDebounceMs = 300;

private:
    // What a worker computes from copies of the snapshot and the model.
    struct Pending
    {
        bool cancelled = false;
        bool hasPlanner = false;
        migrate::ChangeSet changes;
        migrate::Plan plan;
        migrate::Findings findings;
        QString up;
        QString down;
    };
    static Pending compute(const model::Model& from, const model::Model& to,
                           const QString& dialectName, const std::atomic<bool>& cancelled);
    void startWorker();
    void cancelWorker();
    void apply(Pending pending);
    void refreshWhenVisible(bool immediately);
    void askAndCreate();
    void fillChanges();
    void fillFindings();
    void fillHistory();
    void showSql();
    void updateSummary();

    app::DocumentController* m_controller;
    migrate::ChangeSet m_changes;
    migrate::Plan m_plan;
    migrate::Findings m_findings;
    QString m_planError;
    QString m_pendingUp;
    QString m_pendingDown;
    // The model and history of the newest refresh (started or done): an edit that leaves
    // both alone (a layout change) needs no new one.
    model::Model m_sourceModel;
    document::MigrationHistory m_sourceHistory;
    quint64 m_generation = 0; // of the newest refresh; older results are dropped
    bool m_inFlight = false;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the refresh on the worker
    int m_shownMigration = -1;
    bool m_stale = true; // the lists and SQL do not show the current document yet

    QComboBox* m_dialect;
    QLabel* m_summary;
    QPushButton* m_create;
    QTabWidget* m_tabs;
    QTreeWidget* m_changesList;
    QTreeWidget* m_findingsList;
    QTreeWidget* m_historyList;
    QLabel* m_upTitle;
    QLabel* m_downTitle;
    SqlView* m_upView;
    SqlView* m_downView;
    QTimer m_timer;
    // One worker: a newer refresh clears queued ones and cancels the running one.
    QThreadPool m_pool;
};

} // namespace schemata::widgets
