#pragma once

#include "core/id.h"
#include "document/document.h"

#include <QUndoCommand>

#include <chrono>
#include <functional>

namespace schemata::app {

// One undoable edit, stored as the whole document before and after. Model types are
// implicitly shared Qt containers, so a snapshot costs a few reference counts, and
// undo restores the exact document (byte-equal on save) without per-edit inverse
// logic that could drift from the forward edit.
class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const document::Document&, const core::Id&)>;
    using Clock = std::chrono::steady_clock;

    // `property` names the edited field ("column.name"); an empty property never
    // merges. `apply` installs a document in the controller and notifies views.
    SnapshotCommand(const QString& text, document::Document before, document::Document after,
                    core::Id objectId, QString property, std::chrono::milliseconds mergeWindow,
                    Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    // Consecutive edits of the same property of the same object within the merge window
    // become one undo step (typing a name letter by letter is one edit).
    bool mergeWith(const QUndoCommand* other) override;

    const core::Id& objectId() const { return m_objectId; }
    const QString& property() const { return m_property; }

private:
    document::Document m_before;
    document::Document m_after;
    core::Id m_objectId;
    QString m_property;
    std::chrono::milliseconds m_mergeWindow;
    Clock::time_point m_lastEdit;
    Apply m_apply;
};

} // namespace schemata::app
