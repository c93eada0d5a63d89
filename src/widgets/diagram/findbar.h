#pragma once

#include "app/objectfinder.h"

#include <QFrame>
#include <QList>

class QCompleter;
class QGraphicsItem;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DiagramScene;
class DiagramView;

// The diagram's find bar (Ctrl+F), floating at the top-right of the view: finds a table
// or a column by name as you type (see app::ObjectFinder), with a completer over
// "schema.table" and "table.column". Enter jumps to the current hit: selects its table,
// centres and zooms the view on it and, for a column, highlights the column's row.
// F3 / Shift+F3 step through the hits; Esc closes the bar and gives the view the focus.
class FindBar : public QFrame
{
    Q_OBJECT

public:
    // The zoom a jump uses at most: the table is shown at a readable size.
    static constexpr double kJumpZoom = 1.0;

    FindBar(DiagramView* view, DiagramScene* scene, app::DocumentController* controller);

    QLineEdit* lineEdit() const { return m_edit; }
    const QList<app::FindMatch>& matches() const { return m_matches; }
    int currentIndex() const { return m_current; }
    // The row highlight the last column jump left on the canvas (an item of the
    // table's item), or nullptr.
    QGraphicsItem* highlightItem() const;

public Q_SLOTS:
    // Shows the bar, focuses and selects the query.
    void activate();
    void dismiss();
    // Sets the query and looks up its hits (what typing does); the first hit is shown.
    void setQuery(const QString& query);
    // Jump to the current / next / previous hit (Enter, F3, Shift+F3). Return false when
    // there is no hit.
    bool jumpToCurrent();
    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void place();
    void search(const QString& query);
    void showMatch(int index, bool zoom);
    void clearHighlight();
    void highlight(const app::FindMatch& match);
    void updateStatus();
    void refreshCompletions();

    DiagramView* m_view;
    DiagramScene* m_scene;
    app::DocumentController* m_controller;
    QLineEdit* m_edit;
    QLabel* m_status;
    QToolButton* m_previous;
    QToolButton* m_next;
    QCompleter* m_completer;
    QStringListModel* m_completions;
    bool m_completionsStale = true;
    QList<app::FindMatch> m_matches;
    int m_current = -1;
    core::Id m_highlightTable;
};

} // namespace schemata::widgets
