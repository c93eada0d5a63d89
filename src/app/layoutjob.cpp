#include "app/layoutjob.h"

#include "app/documentcontroller.h"

#include <QMetaObject>

namespace schemata::app {

LayoutJob::LayoutJob(DocumentController* controller, std::shared_ptr<diagram::AutoLayout> engine,
                     QObject* parent)
    : QObject(parent), m_controller(controller),
      m_engine(engine ? std::move(engine) : std::make_shared<diagram::AutoLayout>())
{
}

LayoutJob::~LayoutJob()
{
    if (m_cancel)
        m_cancel->store(true);
    // The workers post their results to this object: join them before it goes away.
    reapThreads(true);
}

void LayoutJob::reapThreads(bool all)
{
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (all || it->done->load()) {
            if (it->thread.joinable())
                it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
}

bool LayoutJob::start(const diagram::LayoutRequest& request, const QString& undoText)
{
    if (m_running)
        return false;
    reapThreads(false);
    m_running = true;
    m_undoText = undoText;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    qsizetype movable = 0;
    for (const auto& node : request.nodes) {
        if (!request.placeNewOnly || !node.position)
            ++movable;
    }
    Q_EMIT progressText(tr("Laying out %n table(s)…", nullptr, int(movable)));

    auto done = std::make_shared<std::atomic<bool>>(false);
    std::thread thread([this, engine = m_engine, cancel = m_cancel, done, request, generation] {
        core::Result<diagram::LayoutResult> result = engine->run(request, cancel.get());
        // Queued: deliver() runs on the UI thread. The destructor joins this thread
        // before the object dies, so `this` is valid here.
        QMetaObject::invokeMethod(
            this, [this, generation, result] { deliver(generation, result); },
            Qt::QueuedConnection);
        done->store(true);
    });
    m_workers.push_back(Worker{std::move(thread), std::move(done)});
    return true;
}

void LayoutJob::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    m_running = false;
    ++m_generation; // whatever the abandoned run delivers is stale
    Q_EMIT finished(Outcome::Cancelled, {});
}

void LayoutJob::deliver(quint64 generation, const core::Result<diagram::LayoutResult>& result)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    if (!result) {
        Q_EMIT finished(Outcome::Failed, result.error().toString());
        return;
    }
    if (result.value().cancelled) {
        Q_EMIT finished(Outcome::Cancelled, {});
        return;
    }
    // The document may have changed while Graphviz ran: tables deleted since then are
    // skipped, everything else takes its new place, all in one command.
    const QMap<core::Id, QPointF>& positions = result.value().positions;
    bool changed = false;
    const core::Status status = m_controller->applyEdit(
        m_undoText, {}, {}, [&](document::Document& doc) -> core::Status {
            for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
                if (!doc.model.table(it.key()))
                    continue;
                document::NodeLayout node = doc.layout.nodes.value(it.key());
                if (node.x == it->x() && node.y == it->y() && doc.layout.nodes.contains(it.key()))
                    continue;
                node.x = it->x();
                node.y = it->y();
                doc.layout.nodes.insert(it.key(), node);
                changed = true;
            }
            return {};
        });
    if (!status) {
        Q_EMIT finished(Outcome::Failed, status.error().toString());
        return;
    }
    Q_EMIT finished(changed ? Outcome::Applied : Outcome::Unchanged, {});
}

} // namespace schemata::app
