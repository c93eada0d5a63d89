#include "widgets/diagram/diagramnavigator.h"

#include "app/documentcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/findbar.h"
#include "widgets/diagram/overviewmap.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>

namespace schemata::widgets {

DiagramNavigator::DiagramNavigator(app::DocumentController* controller, DiagramScene* scene,
                                   DiagramView* view, QWidget* window)
    : QObject(window), m_controller(controller), m_scene(scene), m_view(view), m_window(window),
      m_findBar(new FindBar(view, scene, controller)),
      m_overview(new OverviewMap(view, scene, controller)),
      m_layoutJob(new app::LayoutJob(controller, {}, this))
{
    connect(m_layoutJob, &app::LayoutJob::finished, this, &DiagramNavigator::layoutFinished);
    // A layout of the previous document must not land on a newly opened one.
    connect(controller, &app::DocumentController::documentReplaced, m_layoutJob,
            &app::LayoutJob::cancel);
    view->installEventFilter(this);
    createActions();
}

// Out of line for the unique types of the members; Qt drops a destroyed event filter by
// itself, and the view may already be gone (it is not ours).
DiagramNavigator::~DiagramNavigator() = default;

QProgressDialog* DiagramNavigator::progressDialog() const
{
    return m_progress;
}

void DiagramNavigator::createActions()
{
    m_menu = new QMenu(tr("&Diagram"), m_window);
    const auto add = [this](const QString& text, const QKeySequence& key, auto slot) {
        QAction* action = m_menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_find = add(tr("&Find Table or Column…"), QKeySequence::Find, [this] {
        revealView();
        m_findBar->activate();
    });
    add(tr("Find &Next"), QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    add(tr("Find &Previous"), QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
    m_menu->addSeparator();
    add(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    add(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    add(tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")), [this] { m_view->zoomToFit(); });
    add(tr("Zoom to &Selection"), QKeySequence(tr("Ctrl+Alt+0")),
        [this] { m_view->zoomToSelection(); });
    m_showOverview = m_menu->addAction(tr("&Overview Map"));
    m_showOverview->setCheckable(true);
    m_showOverview->setChecked(true);
    connect(m_showOverview, &QAction::toggled, m_overview, &QWidget::setVisible);
    m_menu->addSeparator();
    m_autoLayout = add(tr("&Auto Layout"), QKeySequence(tr("Ctrl+Shift+L")),
                       [this] { autoLayout(false); });
    m_autoLayout->setStatusTip(tr("Arrange all tables by their relationships"));
    m_autoLayoutNew = add(tr("Auto Layout New &Tables"), QKeySequence(),
                          [this] { autoLayout(true); });
    m_autoLayoutNew->setStatusTip(
        tr("Place the tables that have no position yet, keeping hand-placed ones"));
}

bool DiagramNavigator::autoLayout(bool newTablesOnly)
{
    revealView();
    const diagram::LayoutRequest request =
        diagram::AutoLayout::requestFor(m_scene->geometry(), newTablesOnly);
    const QString text = newTablesOnly ? tr("Auto Layout New Tables") : tr("Auto Layout");
    if (!m_layoutJob->start(request, text))
        return false;
    m_autoLayout->setEnabled(false);
    m_autoLayoutNew->setEnabled(false);
    // Busy indicator (Graphviz reports no progress) with a Cancel that returns at once.
    // Window-modal: the window keeps painting, but no edit can race the layout.
    m_progress = new QProgressDialog(text + QStringLiteral("…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(text);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_layoutJob, &app::LayoutJob::cancel);
    connect(m_layoutJob, &app::LayoutJob::progressText, m_progress, &QProgressDialog::setLabelText);
    return true;
}

void DiagramNavigator::layoutFinished(app::LayoutJob::Outcome outcome, const QString& message)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->disconnect(m_layoutJob);
        m_progress->close();
        m_progress->deleteLater();
    }
    m_autoLayout->setEnabled(true);
    m_autoLayoutNew->setEnabled(true);
    switch (outcome) {
    case app::LayoutJob::Outcome::Applied:
        showStatus(tr("Layout applied; Undo restores the previous arrangement."));
        break;
    case app::LayoutJob::Outcome::Unchanged:
        showStatus(tr("Layout: nothing to move."));
        break;
    case app::LayoutJob::Outcome::Cancelled:
        showStatus(tr("Layout cancelled; nothing was changed."));
        break;
    case app::LayoutJob::Outcome::Failed:
        showStatus(tr("Layout failed: %1").arg(message));
        break;
    }
}

void DiagramNavigator::revealView()
{
    // The view may sit in a tab behind another (the DDL preview): bring it forward.
    for (QWidget* w = m_view->parentWidget(); w; w = w->parentWidget()) {
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            if (tabs->indexOf(m_view) >= 0)
                tabs->setCurrentWidget(m_view);
            break;
        }
    }
}

void DiagramNavigator::showStatus(const QString& text)
{
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(text, 5000);
}

bool DiagramNavigator::nudge(const QPointF& delta)
{
    const QList<core::Id> ids = m_scene->selectedTableIds();
    if (ids.isEmpty())
        return false;
    const diagram::DiagramGeometry& geometry = m_scene->geometry();
    const QString text = ids.size() == 1 ? tr("Nudge Table")
                                         : tr("Nudge %n Tables", nullptr, int(ids.size()));
    // The property name makes a burst of key presses one undo step (the controller
    // merges edits of one property of one object within its merge window).
    m_controller->applyEdit(text, ids.constFirst(), QStringLiteral("diagram.nudge"),
                            [&](document::Document& doc) -> core::Status {
                                for (const core::Id& id : ids) {
                                    const diagram::TableBox* box = geometry.table(id);
                                    if (!box || !doc.model.table(id))
                                        continue;
                                    // A table without a node sits where the geometry placed it.
                                    document::NodeLayout node = doc.layout.nodes.value(id);
                                    node.x = box->rect.x() + delta.x();
                                    node.y = box->rect.y() + delta.y();
                                    doc.layout.nodes.insert(id, node);
                                }
                                return {};
                            });
    if (TableItem* item = m_scene->tableItem(ids.constFirst()))
        m_view->ensureVisible(item, 20, 20);
    return true;
}

void DiagramNavigator::leaveCanvas(bool forward)
{
    QWidget* w = m_view;
    do {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        const bool inside = m_view->isAncestorOf(w); // the find bar, the map
        if (!inside && w->isVisibleTo(m_view->window()) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    } while (w != m_view);
}

void DiagramNavigator::cycleSelection(bool forward)
{
    const QList<diagram::TableBox>& tables = m_scene->geometry().tables();
    if (tables.isEmpty())
        return;
    const QList<core::Id> selected = m_scene->selectedTableIds();
    qsizetype current = -1;
    if (!selected.isEmpty()) {
        // Step from the selected table that comes first in model order.
        for (qsizetype i = 0; i < tables.size() && current < 0; ++i) {
            if (selected.contains(tables[i].tableId))
                current = i;
        }
    }
    const qsizetype n = tables.size();
    const qsizetype next =
        current < 0 ? (forward ? 0 : n - 1) : (current + (forward ? 1 : n - 1)) % n;
    const core::Id id = tables[next].tableId;
    m_scene->selectTable(id);
    if (TableItem* item = m_scene->tableItem(id))
        m_view->ensureVisible(item, 40, 40);
}

bool DiagramNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    // Tab cycles the tables, so Ctrl+Tab is the way out of the canvas (no keyboard trap).
    if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
        && (mods & Qt::ControlModifier)) {
        leaveCanvas(key->key() == Qt::Key_Tab && !(mods & Qt::ShiftModifier));
        return true;
    }
    if (key->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        cycleSelection(true);
        return true;
    }
    if (key->key() == Qt::Key_Backtab
        || (key->key() == Qt::Key_Tab && mods == Qt::ShiftModifier)) {
        cycleSelection(false);
        return true;
    }
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    const double step = mods == Qt::ShiftModifier ? kLargeNudge : kNudge;
    QPointF delta;
    switch (key->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        return false;
    }
    // With nothing selected the arrows scroll, as in any view.
    return nudge(delta);
}

} // namespace schemata::widgets
