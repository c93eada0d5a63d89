#pragma once

#include "core/id.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class IndexKeysTableModel;

// Under the indexes grid: the keys of the current index one per row, with buttons to
// add a column key or an expression key, remove one, and move one up or down; the sort
// and nulls order are choices per key. Each action is one undoable command (through
// IndexKeysTableModel). Follows the document, undo included. Keyboard as in the other
// grids: Insert adds a column key, Delete removes the current key, Alt+Up/Down moves it.
class IndexKeysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IndexKeysEditor(app::DocumentController* controller, QWidget* parent = nullptr);

    void setIndex(const core::Id& tableId, const core::Id& indexId);
    IndexKeysTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QToolButton* addColumnButton() const { return m_addColumn; }
    QToolButton* addExpressionButton() const { return m_addExpression; }
    QToolButton* removeButton() const { return m_remove; }
    QLabel* messageLabel() const { return m_message; }

    void addColumnKey();
    // Adds an expression key and opens its cell for typing.
    void addExpressionKey();
    void removeCurrentKey();
    void moveCurrentKey(int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void showMessage(const QString& message);
    void updateButtons();

    app::DocumentController* m_controller;
    IndexKeysTableModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QToolButton* m_addColumn;
    QToolButton* m_addExpression;
    QToolButton* m_remove;
    QToolButton* m_up;
    QToolButton* m_down;
    QLabel* m_message;
};

} // namespace schemata::widgets
