#pragma once

#include "core/id.h"
#include "model/diagnostic.h"
#include "model/model.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace schemata::widgets {

// Lists model and dialect findings; activating one (double-click / Enter) asks the
// window to select the object it is about.
//
// Validating a large model takes ~100 ms, so it runs debounced on a worker thread, as the DDL
// preview renders (issue #3, "fluid"): setModel() keeps a copy of the model (implicitly shared
// lists, O(1)), the worker validates its copy and posts the findings back. Each validation has a
// generation number; a result older than the newest request is dropped, so a burst of edits
// ends with the last one's findings. An unchanged model (a layout-only edit) schedules nothing.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget* parent = nullptr);
    // Waits for a validation in flight (its result is dropped).
    ~ValidationPanel() override;

    // Schedules validation of `model` for the dialect `dialectName` (debounced, then on the
    // worker). The findings are shown, and validated() emitted, when the result arrives.
    void setModel(const model::Model& model, const QString& dialectName);
    // Hands a pending (or forced) validation to the worker now, without the debounce.
    void validateSoon();
    // Validates now, on this thread, and shows the findings; a result in flight is dropped.
    // For Tools › Validate-style callers that need the findings at once, screenshots, tests.
    void validateNow();
    // A validation is debounced or running on the worker.
    bool isPending() const { return m_timer.isActive() || m_inFlight; }
    // Blocks until the worker is idle; its result, if any, is still to be delivered by the
    // event loop (tests use this to see a superseded result arrive and be dropped).
    void waitForWorker();

    // Shows `diagnostics` as they are (no validation).
    void setDiagnostics(const model::Diagnostics& diagnostics);
    const model::Diagnostics& diagnostics() const { return m_diagnostics; }
    QTreeWidget* list() const { return m_list; }
    // "2 errors, 1 warning" / "No problems".
    QString summary() const;

    // The findings of `model` under the dialect `dialectName`: the model's own validation,
    // then the dialect's. Pure; what the worker runs.
    static model::Diagnostics validate(const model::Model& model, const QString& dialectName);

    static constexpr int kDebounceMs = 300;

Q_SIGNALS:
    void objectActivated(const core::Id& objectId);
    // Findings for the latest model were shown (by the worker's result or validateNow()).
    void validated();

private:
    void activate(QTreeWidgetItem* item);
    void show(const model::Diagnostics& diagnostics);

    QTreeWidget* m_list;
    model::Diagnostics m_diagnostics;
    model::Model m_model;
    QString m_dialect;
    bool m_hasModel = false;
    bool m_shownCurrent = false; // m_diagnostics are those of m_model and m_dialect
    quint64 m_generation = 0;    // of the newest request; older results are dropped
    bool m_inFlight = false;
    QTimer m_timer;
    // One worker: a newer request clears queued ones; the destructor waits for the running one.
    QThreadPool m_pool;
};

} // namespace schemata::widgets
