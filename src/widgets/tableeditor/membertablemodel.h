#pragma once

#include "core/id.h"
#include "core/result.h"
#include "model/model.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

// One grid of the table editor: the rows are members (columns, indexes, checks, foreign
// keys) of the table shown, identified by id. The model never mutates the document:
// setData() turns a cell edit into a controller command (DocumentController::applyEdit
// or a named edit), so every change is undoable and typing merges into one step. After
// each document change refresh() re-reads the table; while the row ids stay the same it
// only emits dataChanged, so the view keeps its current cell and any open editor.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        EditorRole = Qt::UserRole + 1, // Editor: which editor a cell wants
        ChoicesRole,                   // QStringList for Editor::Choice
        IdRole,                        // the row's member id (string)
        ChoiceNotesRole,               // QStringList: a tooltip per choice (may be shorter)
        ChoiceGroupsRole,              // QList<int>: a group per choice; separators between
    };
    enum class Editor
    {
        Text,
        Type,
        Choice
    };

    explicit MemberTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    void setTable(const core::Id& tableId);
    core::Id tableId() const { return m_tableId; }
    // The table in the controller's current document, or nullptr.
    const model::Table* table() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    core::Id idAt(int row) const
    {
        return row >= 0 && row < m_ids.size() ? m_ids[row] : core::Id();
    }
    int rowOf(const core::Id& id) const { return int(m_ids.indexOf(id)); }

    // Re-reads the table from the document (after any edit, undo or redo).
    void refresh();

    // Row operations; each is one undoable command. addMember() returns the new member.
    virtual core::Result<core::Id> addMember() = 0;
    virtual core::Status removeMember(int row);
    // Moves a row by `delta` places; only columns have an order that matters.
    virtual core::Status moveMember(int row, int delta);
    virtual bool canMoveMembers() const { return false; }
    // What else a removal takes with it, one line each (empty: nothing).
    virtual QStringList removalAccount(int row) const;

    // The column the user works on in the columns grid; new indexes use it.
    void setPreferredColumn(const core::Id& columnId) { m_preferredColumn = columnId; }

Q_SIGNALS:
    // A cell edit or row operation was refused; `message` says why.
    void editFailed(const QString& message);

protected:
    virtual QList<core::Id> idsOf(const model::Table& table) const = 0;
    // The undo text of removeMember(), e.g. "Delete Index".
    virtual QString removeText() const = 0;
    virtual bool isCheckColumn(int column) const;

    // Runs `mutate` on the model as one undoable edit named `text`; a non-empty `property`
    // merges consecutive edits of the same member. Reports failures through editFailed.
    core::Status edit(const QString& text, const core::Id& memberId, const QString& property,
                      const std::function<core::Status(model::Model&)>& mutate);
    // Emits editFailed for an error status and returns whether it succeeded.
    bool report(const core::Status& status);
    // "schema.table" names of all tables, for reference choices.
    QStringList tableChoices() const;
    const model::Table* tableFromChoice(const QString& choice) const;
    QString tableChoice(const model::Table& table) const;

    app::DocumentController* m_controller;
    core::Id m_tableId;
    core::Id m_preferredColumn;
    QList<core::Id> m_ids;
};

} // namespace schemata::widgets
