#pragma once

#include "app/layoutjob.h"
#include "core/id.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DiagramScene;
class DiagramView;
class FindBar;
class OverviewMap;

// Navigation and layout around one diagram view: the overview map, the find bar, the
// background auto-layout with its progress dialog, and the keyboard (arrow keys nudge
// the selected tables, Tab / Shift+Tab step through the tables). Its actions are
// gathered in menu() ("Diagram"), so the main window adds one menu and nothing else.
class DiagramNavigator : public QObject
{
    Q_OBJECT

public:
    static constexpr double kNudge = 10;      // one grid step
    static constexpr double kLargeNudge = 50; // with Shift

    // `window` parents the menu and the progress dialog; a QMainWindow also shows the
    // layout's outcome in its status bar.
    DiagramNavigator(app::DocumentController* controller, DiagramScene* scene, DiagramView* view,
                     QWidget* window);
    ~DiagramNavigator() override;

    QMenu* menu() const { return m_menu; }
    FindBar* findBar() const { return m_findBar; }
    OverviewMap* overviewMap() const { return m_overview; }
    app::LayoutJob* layoutJob() const { return m_layoutJob; }
    QProgressDialog* progressDialog() const;

    QAction* findAction() const { return m_find; }
    QAction* autoLayoutAction() const { return m_autoLayout; }
    QAction* autoLayoutNewAction() const { return m_autoLayoutNew; }
    QAction* overviewAction() const { return m_showOverview; }

    // Lays out every table (or only those without a place yet) in the background; the
    // result is one undoable command. False when a layout is already running.
    bool autoLayout(bool newTablesOnly);
    // Moves the selected tables by `delta` scene units; nudges within the controller's
    // merge window are one undo step. False when no table is selected.
    bool nudge(const QPointF& delta);
    // Selects the next (or previous) table in model order and brings it into view.
    void cycleSelection(bool forward);
    // Moves the keyboard focus to the next (previous) widget outside the canvas
    // (Ctrl+Tab, Ctrl+Shift+Tab).
    void leaveCanvas(bool forward);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void layoutFinished(app::LayoutJob::Outcome outcome, const QString& message);
    void showStatus(const QString& text);
    void revealView();

    app::DocumentController* m_controller;
    DiagramScene* m_scene;
    DiagramView* m_view;
    QWidget* m_window;
    QMenu* m_menu = nullptr;
    FindBar* m_findBar = nullptr;
    OverviewMap* m_overview = nullptr;
    app::LayoutJob* m_layoutJob = nullptr;
    QPointer<QProgressDialog> m_progress;
    QAction* m_find = nullptr;
    QAction* m_autoLayout = nullptr;
    QAction* m_autoLayoutNew = nullptr;
    QAction* m_showOverview = nullptr;
};

} // namespace schemata::widgets
