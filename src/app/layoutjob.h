#pragma once

#include "core/result.h"
#include "diagram/autolayout.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace schemata::app {

class DocumentController;

// Runs diagram::AutoLayout on a worker thread and applies the result to the document as
// ONE undoable command. The UI thread only builds the request (cheap) and applies the
// positions; Graphviz runs beside it, so the studio stays responsive.
//
// cancel() returns at once: the run is abandoned (its result, whenever Graphviz gets to
// it, is dropped) and the document is left untouched. Graphviz cannot be interrupted in
// the middle of a phase, so the abandoned thread may still finish in the background; it
// is joined when the job is destroyed or before the next start().
class LayoutJob : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Applied, Unchanged, Cancelled, Failed };
    Q_ENUM(Outcome)

    // `engine` (shared, since Graphviz must be serialised process-wide) may be null: the
    // job then owns one.
    explicit LayoutJob(DocumentController* controller,
                       std::shared_ptr<diagram::AutoLayout> engine = {}, QObject* parent = nullptr);
    ~LayoutJob() override;

    // Starts a layout of `request` (see diagram::AutoLayout::requestFor); `undoText` names
    // the command. Returns false when a run is already going.
    bool start(const diagram::LayoutRequest& request, const QString& undoText);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // A phase name for a progress display ("Laying out 120 tables…").
    void progressText(const QString& text);
    // Exactly once per start(). `message` explains Failed.
    void finished(schemata::app::LayoutJob::Outcome outcome, const QString& message);

private:
    void deliver(quint64 generation, const core::Result<diagram::LayoutResult>& result);
    void reapThreads(bool all);

    DocumentController* m_controller;
    std::shared_ptr<diagram::AutoLayout> m_engine;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_undoText;
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::vector<Worker> m_workers;
};

} // namespace schemata::app
