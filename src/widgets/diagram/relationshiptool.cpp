#include "widgets/diagram/relationshiptool.h"

#include "app/documentcontroller.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QActionGroup>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace schemata::widgets {

namespace {

// A join table's box before it is measured: enough to keep it clear of its two ends.
constexpr QSizeF kJoinBoxEstimate(200, 90);
constexpr double kJoinGap = 60;

double snap(double v)
{
    return std::round(v / TableItem::kGrid) * TableItem::kGrid;
}

// As close to the middle of the two tables as possible without covering a table or note: the
// first free spot on growing rings around the midpoint (a new object should not hide
// existing ones).
document::NodeLayout joinNode(const QRectF& a, const QRectF& b, const QList<QRectF>& occupied)
{
    const QPointF mid = (a.center() + b.center()) / 2;
    const QRectF centred(mid - QPointF(kJoinBoxEstimate.width() / 2, kJoinBoxEstimate.height() / 2),
                         kJoinBoxEstimate);
    const auto isFree = [&](const QRectF& box) {
        const QRectF padded = box.adjusted(-20, -20, 20, 20);
        return std::none_of(occupied.cbegin(), occupied.cend(),
                            [&](const QRectF& r) { return r.intersects(padded); });
    };
    QRectF chosen = centred;
    bool found = isFree(centred);
    constexpr double kStep = 40;
    for (int ring = 1; ring <= 40 && !found; ++ring) {
        for (int i = -ring; i <= ring && !found; ++i) {
            for (const QPointF offset :
                 {QPointF(i, -ring), QPointF(i, ring), QPointF(-ring, i), QPointF(ring, i)}) {
                const QRectF candidate = centred.translated(offset * kStep);
                if (isFree(candidate)) {
                    chosen = candidate;
                    found = true;
                    break;
                }
            }
        }
    }
    if (!found) // a crowded diagram: below both ends
        chosen.moveTopLeft(QPointF(centred.left(), std::max(a.bottom(), b.bottom()) + kJoinGap));
    document::NodeLayout node;
    node.x = snap(chosen.left());
    node.y = snap(chosen.top());
    return node;
}

} // namespace

RelationshipTool::RelationshipTool(app::DocumentController* controller, DiagramScene* scene,
                                   DiagramView* view, QObject* parent)
    : QObject(parent), m_controller(controller), m_scene(scene), m_view(view),
      m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const auto make = [this](const QString& text, const QString& tip,
                             model::RelationshipKind kind) {
        auto* action = new QAction(text, this);
        action->setCheckable(true);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setData(int(kind));
        m_group->addAction(action);
        return action;
    };
    m_oneToMany = make(tr("1:N"),
                       tr("Draw a one-to-many relationship: drag from the referenced table to the "
                          "table that gets the foreign key"),
                       model::RelationshipKind::OneToMany);
    m_oneToOne = make(tr("1:1"),
                      tr("Draw a one-to-one relationship: drag from the referenced table to the "
                         "table that gets the unique foreign key"),
                      model::RelationshipKind::OneToOne);
    m_manyToMany = make(tr("M:N"),
                        tr("Draw a many-to-many relationship: drag from one table to the other; "
                           "a join table is created"),
                        model::RelationshipKind::ManyToMany);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        cancel();
        if (action->isChecked()) {
            m_view->setDragMode(QGraphicsView::NoDrag);
            m_view->viewport()->setCursor(Qt::CrossCursor);
            m_view->setFocus();
            Q_EMIT message(tr("Drag from one table to another; Esc cancels"));
        } else {
            setKind(std::nullopt);
        }
    });

    // The options live in a menu on one toolbar button, so the toolbar stays short.
    auto* menu = new QMenu(m_view);
    m_nullable = menu->addAction(tr("Optional Parent (nullable foreign key)"));
    m_nullable->setCheckable(true);
    m_createIndex = menu->addAction(tr("Index the Foreign Key Columns"));
    m_createIndex->setCheckable(true);
    const std::pair<model::ReferentialAction, QString> referential[] = {
        {model::ReferentialAction::NoAction, tr("No Action")},
        {model::ReferentialAction::Restrict, tr("Restrict")},
        {model::ReferentialAction::Cascade, tr("Cascade")},
        {model::ReferentialAction::SetNull, tr("Set Null")},
        {model::ReferentialAction::SetDefault, tr("Set Default")},
    };
    for (auto [list, title] :
         {std::pair{&m_onDelete, tr("On &Delete")}, std::pair{&m_onUpdate, tr("On &Update")}}) {
        QMenu* sub = menu->addMenu(title);
        auto* group = new QActionGroup(sub);
        for (const auto& [value, text] : referential) {
            QAction* action = sub->addAction(text);
            action->setCheckable(true);
            action->setData(int(value));
            group->addAction(action);
            list->append(action);
        }
    }
    for (QAction* action : menu->actions()) {
        connect(action, &QAction::triggered, this, [this] {
            model::RelationshipOptions o;
            o.nullable = m_nullable->isChecked();
            o.createIndex = m_createIndex->isChecked();
            for (QAction* a : std::as_const(m_onDelete))
                o.onDelete =
                    a->isChecked() ? model::ReferentialAction(a->data().toInt()) : o.onDelete;
            for (QAction* a : std::as_const(m_onUpdate))
                o.onUpdate =
                    a->isChecked() ? model::ReferentialAction(a->data().toInt()) : o.onUpdate;
            m_options = o;
        });
    }
    for (QMenu* sub : menu->findChildren<QMenu*>()) {
        for (QAction* action : sub->actions())
            connect(action, &QAction::triggered, this, [this, action] {
                (m_onDelete.contains(action) ? m_options.onDelete : m_options.onUpdate) =
                    model::ReferentialAction(action->data().toInt());
            });
    }
    m_optionsAction = new QAction(tr("Options"), this);
    m_optionsAction->setToolTip(
        tr("Options for the next relationships drawn: optional parent, index, "
           "ON DELETE / ON UPDATE"));
    m_optionsAction->setMenu(menu);
    connect(m_optionsAction, &QAction::triggered, this,
            [this, menu] { menu->popup(m_view->mapToGlobal(QPoint(0, 0))); });
    setOptions(m_options);

    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
}

void RelationshipTool::setOptions(const model::RelationshipOptions& options)
{
    m_options = options;
    m_nullable->setChecked(options.nullable);
    m_createIndex->setChecked(options.createIndex);
    for (QAction* a : std::as_const(m_onDelete))
        a->setChecked(model::ReferentialAction(a->data().toInt()) == options.onDelete);
    for (QAction* a : std::as_const(m_onUpdate))
        a->setChecked(model::ReferentialAction(a->data().toInt()) == options.onUpdate);
}

RelationshipTool::~RelationshipTool()
{
    // The scene owns the line item; it may already be gone when the window closes.
    m_line = nullptr;
}

std::optional<model::RelationshipKind> RelationshipTool::kind() const
{
    if (QAction* checked = m_group->checkedAction())
        return model::RelationshipKind(checked->data().toInt());
    return std::nullopt;
}

void RelationshipTool::setKind(std::optional<model::RelationshipKind> kind)
{
    cancel();
    for (QAction* action : m_group->actions())
        action->setChecked(kind && action->data().toInt() == int(*kind));
    if (kind) {
        m_view->setDragMode(QGraphicsView::NoDrag);
        m_view->viewport()->setCursor(Qt::CrossCursor);
    } else {
        m_view->setDragMode(QGraphicsView::RubberBandDrag);
        m_view->viewport()->unsetCursor();
    }
}

TableItem* RelationshipTool::tableAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : m_scene->items(scenePos)) {
        if (item->type() == TableItem::Type)
            return static_cast<TableItem*>(item);
    }
    return nullptr;
}

void RelationshipTool::start(TableItem* table, const QPointF& scenePos)
{
    m_source = table->tableId();
    m_leftSource = false;
    m_line = new QGraphicsLineItem(QLineF(table->sceneBoundingRect().center(), scenePos));
    QPen pen(m_view->palette().color(QPalette::Highlight), 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_line->setPen(pen);
    m_line->setZValue(10); // above tables and lines
    m_scene->addItem(m_line);
}

void RelationshipTool::cancel()
{
    delete m_line;
    m_line = nullptr;
    m_source = {};
}

void RelationshipTool::finish(const QPointF& scenePos)
{
    const core::Id source = m_source;
    const bool leftSource = m_leftSource;
    const auto kind = this->kind();
    cancel();
    TableItem* target = tableAt(scenePos);
    if (!target || !kind)
        return;
    // A click (press and release on one table) is not a self-reference; a drag out of
    // the table and back is.
    if (target->tableId() == source && (!leftSource || *kind != model::RelationshipKind::OneToMany))
        return;
    if (const core::Status status = connectTables(source, target->tableId(), *kind); !status) {
        Q_EMIT message(status.error().toString());
        return;
    }
    setKind(std::nullopt);
}

core::Status RelationshipTool::connectTables(const core::Id& pressedTableId,
                                             const core::Id& releasedTableId,
                                             model::RelationshipKind kind)
{
    // 1:N and 1:1 go from the referenced table to the one that gets the FK; M:N names the
    // join table after the pressed table first.
    const bool manyToMany = kind == model::RelationshipKind::ManyToMany;
    const core::Id child = manyToMany ? pressedTableId : releasedTableId;
    const core::Id parent = manyToMany ? releasedTableId : pressedTableId;
    const QString text =
        kind == model::RelationshipKind::OneToMany  ? tr("Add One-to-Many Relationship")
        : kind == model::RelationshipKind::OneToOne ? tr("Add One-to-One Relationship")
                                                    : tr("Add Many-to-Many Relationship");
    const auto boxOf = [this](const core::Id& id) {
        const TableItem* item = m_scene->tableItem(id);
        return item ? item->sceneBoundingRect() : QRectF();
    };
    const QRectF childBox = boxOf(child);
    const QRectF parentBox = boxOf(parent);
    QList<QRectF> occupied;
    for (const diagram::TableBox& box : m_scene->geometry().tables())
        occupied.append(box.rect);
    for (const diagram::NoteBox& note : m_scene->geometry().notes())
        occupied.append(note.rect);
    core::Id created;
    const core::Status status =
        m_controller->applyEdit(text, {}, {}, [&](document::Document& doc) -> core::Status {
            const model::IdSource ids = [this](QStringView prefix) {
                return m_controller->newId(prefix);
            };
            const auto result =
                model::buildRelationship(doc.model, ids, child, parent, kind, m_options);
            if (!result)
                return result.error();
            created = result.value().tableId;
            if (result.value().tableCreated)
                doc.layout.nodes.insert(created, joinNode(childBox, parentBox, occupied));
            return {};
        });
    if (status && !created.isNull()) {
        m_scene->selectTable(created);
        Q_EMIT relationshipCreated(created);
    }
    return status;
}

bool RelationshipTool::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && (kind() || isDrawing())) {
            if (isDrawing())
                cancel();
            else
                setKind(std::nullopt);
            return true;
        }
        return false;
    }
    if (watched != m_view->viewport() || !kind())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false; // middle-button panning keeps working
        const QPointF scenePos = m_view->mapToScene(mouse->position().toPoint());
        if (TableItem* table = tableAt(scenePos))
            start(table, scenePos);
        return true; // no selection, no move, no rubber band in this mode
    }
    case QEvent::MouseMove: {
        if (!m_line)
            return false;
        auto* mouse = static_cast<QMouseEvent*>(event);
        const QPointF scenePos = m_view->mapToScene(mouse->position().toPoint());
        QLineF line = m_line->line();
        line.setP2(scenePos);
        m_line->setLine(line);
        TableItem* over = tableAt(scenePos);
        if (!over || over->tableId() != m_source)
            m_leftSource = true;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_line)
            finish(m_view->mapToScene(mouse->position().toPoint()));
        return true;
    }
    case QEvent::MouseButtonDblClick:
        return true;
    default:
        return false;
    }
}

} // namespace schemata::widgets
