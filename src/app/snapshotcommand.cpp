#include "app/snapshotcommand.h"

namespace schemata::app {

namespace {
// Any constant distinct from other command types; QUndoStack only merges equal ids.
constexpr int kSnapshotCommandId = 0x5343;
} // namespace

SnapshotCommand::SnapshotCommand(const QString& text, document::Document before,
                                 document::Document after, core::Id objectId, QString property,
                                 std::chrono::milliseconds mergeWindow, Apply apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_objectId(std::move(objectId)), m_property(std::move(property)),
      m_mergeWindow(mergeWindow), m_lastEdit(Clock::now()), m_apply(std::move(apply))
{
}

void SnapshotCommand::undo()
{
    m_apply(m_before, m_objectId);
}

void SnapshotCommand::redo()
{
    m_apply(m_after, m_objectId);
}

int SnapshotCommand::id() const
{
    return kSnapshotCommandId;
}

bool SnapshotCommand::mergeWith(const QUndoCommand* other)
{
    if (other->id() != id())
        return false;
    const auto* next = static_cast<const SnapshotCommand*>(other);
    if (m_property.isEmpty() || next->m_property != m_property || next->m_objectId != m_objectId)
        return false;
    if (next->m_lastEdit - m_lastEdit > m_mergeWindow)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    // Typing a value and then typing it back leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace schemata::app
