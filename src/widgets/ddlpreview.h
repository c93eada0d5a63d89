#pragma once

#include "dialect/dialect.h"
#include "model/model.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::widgets {

class SqlView;

// The central DDL preview: a dialect selector over a read-only SqlView showing the
// CREATE script of the current model. Regeneration is debounced so that typing a
// column name does not rebuild the script on every keystroke, and the debounced
// regeneration runs on a worker thread (a large model takes ~0.5 s): the GUI thread hands
// over a copy of the model (implicitly shared lists, O(1)) and later shows the finished
// text. Each regeneration has a generation number; a result older than the newest request
// is dropped, so a burst of edits ends with the last one's script.
class DdlPreview : public QWidget
{
    Q_OBJECT

public:
    explicit DdlPreview(KSyntaxHighlighting::Repository* repository, QWidget* parent = nullptr);
    // Waits for a regeneration in flight (its result is dropped).
    ~DdlPreview() override;

    // Schedules regeneration for `model` (debounced, then on a worker). An unchanged
    // model (a layout-only edit) schedules nothing.
    void setModel(const model::Model& model);
    void setDialect(const QString& dialectName);
    QString dialect() const;
    // Runs a pending (or forced) regeneration immediately, on this thread; a regeneration
    // in flight is dropped. For dialect switches, screenshots and tests.
    void regenerateNow();
    // A regeneration is debounced or running on the worker.
    bool isPending() const { return m_timer.isActive() || m_inFlight; }
    // Scrolls to the first statement that creates `objectId` (a table, enum, view…) — while
    // hidden, when next shown; remembered, so it also applies after the next regeneration.
    // Returns the line (0-based) or -1 when no statement creates it.
    int revealObject(const core::Id& objectId);

    QComboBox* dialectSelector() const { return m_selector; }
    SqlView* sqlView() const { return m_view; }

    static constexpr int kDebounceMs = 200;

protected:
    // Brings the selected object into view when a regeneration happened while hidden.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void dialectChanged(const QString& dialectName);
    void regenerated();

private:
    // What a worker produces from a model copy and a dialect name.
    struct Rendered
    {
        bool hasDialect = false;
        QString definitionName;
        dialect::DdlScript script;
        QString sql;
    };
    static Rendered render(const model::Model& model, const QString& dialectName);
    void startWorker();
    void show(Rendered rendered);
    int lineOf(const core::Id& objectId) const;

    model::Model m_model;
    bool m_shownCurrent = false; // the view shows m_model in the selected dialect
    quint64 m_generation = 0;    // of the newest request; older results are dropped
    bool m_inFlight = false;
    bool m_revealOnShow = false; // m_revealed is to be scrolled to when the view is shown
    dialect::DdlScript m_script;
    QString m_sql;
    core::Id m_revealed;
    QComboBox* m_selector;
    QLabel* m_info;
    SqlView* m_view;
    QTimer m_timer;
    // One worker: a newer request clears queued ones; the destructor waits for the running one.
    QThreadPool m_pool;
};

} // namespace schemata::widgets
