#pragma once

#include "core/id.h"

#include <QWidget>
#include <functional>

class QLabel;
class QTableView;
class QToolButton;

namespace schemata::widgets {

class MemberTableModel;

// One tab of the table editor: a grid over a MemberTableModel with Add / Remove (and,
// for columns, Move up / down) buttons and a line that explains refused edits.
// Keyboard: Tab moves across cells, Insert or Ctrl+N adds a row, Delete removes the
// current row (after confirmation when other objects go with it), Alt+Up/Down moves.
// The current cell survives document changes: by id when rows are added or removed.
class MembersTab : public QWidget
{
    Q_OBJECT

public:
    // Asked before a removal that takes dependents with it; true goes ahead.
    using Confirm = std::function<bool(const QString& title, const QString& text)>;

    MembersTab(MemberTableModel* model, const QString& addText, const QString& removeText,
               QWidget* parent = nullptr);

    MemberTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QToolButton* addButton() const { return m_add; }
    QToolButton* removeButton() const { return m_remove; }
    QLabel* messageLabel() const { return m_message; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);
    // Makes the member's row current (first editable cell), if it is in this grid.
    bool showMember(const core::Id& memberId);

Q_SIGNALS:
    void currentMemberChanged(const core::Id& memberId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showMessage(const QString& message);
    void updateButtons();

    MemberTableModel* m_model;
    QTableView* m_view;
    QToolButton* m_add;
    QToolButton* m_remove;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QLabel* m_message;
    Confirm m_confirm;
    core::Id m_currentBeforeReset;
    int m_currentColumnBeforeReset = 0;
};

} // namespace schemata::widgets
