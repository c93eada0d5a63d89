#pragma once

#include "core/id.h"
#include "model/relationshipbuilder.h"

#include <QObject>
#include <QPointF>
#include <optional>

class QAction;
class QActionGroup;
class QGraphicsLineItem;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DiagramScene;
class DiagramView;
class TableItem;

// The "draw a relationship" interaction on the canvas. While one of its toggle actions
// ("1:N", "1:1", "M:N") is checked, a press on a table starts a rubber line, and a release
// on another table creates the relationship as ONE undoable command (model objects via
// model::buildRelationship, plus the join table's layout node for M:N). Direction: from
// the referenced ("one") table to the table that gets the foreign key ("many"); for M:N
// the join table is named "<pressed>_<released>". Dragging out of a table and back into
// it makes a 1:N self-reference. Esc cancels a line, or leaves the mode. Each drawing
// leaves the mode again (one stroke per click on the toggle), like most drawing tools.
class RelationshipTool : public QObject
{
    Q_OBJECT

public:
    RelationshipTool(app::DocumentController* controller, DiagramScene* scene, DiagramView* view,
                     QObject* parent = nullptr);
    ~RelationshipTool() override;

    QAction* oneToManyAction() const { return m_oneToMany; }
    QAction* oneToOneAction() const { return m_oneToOne; }
    QAction* manyToManyAction() const { return m_manyToMany; }
    QList<QAction*> actions() const { return {m_oneToMany, m_oneToOne, m_manyToMany}; }
    // "Options" with a menu: optional parent (nullable FK columns), an index on the FK
    // columns (on by default), ON DELETE and ON UPDATE. They apply to the next drawings.
    QAction* optionsAction() const { return m_optionsAction; }
    const model::RelationshipOptions& options() const { return m_options; }
    void setOptions(const model::RelationshipOptions& options);

    // The active kind, or none when the canvas is in its normal (select/move) mode.
    std::optional<model::RelationshipKind> kind() const;
    void setKind(std::optional<model::RelationshipKind> kind);
    bool isDrawing() const { return m_line != nullptr; }

    // Creates the relationship as the release on `releasedTableId` would (for tests and
    // for keyboard use); returns the command's error, if any.
    core::Status connectTables(const core::Id& pressedTableId, const core::Id& releasedTableId,
                               model::RelationshipKind kind);

Q_SIGNALS:
    // A hint or an error for the status bar.
    void message(const QString& text);
    // The table that received the FK columns (or the new join table) after a drawing.
    void relationshipCreated(const core::Id& tableId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableItem* tableAt(const QPointF& scenePos) const;
    void start(TableItem* table, const QPointF& scenePos);
    void cancel();
    void finish(const QPointF& scenePos);

    app::DocumentController* m_controller;
    DiagramScene* m_scene;
    DiagramView* m_view;
    QActionGroup* m_group;
    QAction* m_oneToMany;
    QAction* m_oneToOne;
    QAction* m_manyToMany;
    QAction* m_optionsAction;
    QAction* m_nullable;
    QAction* m_createIndex;
    QList<QAction*> m_onDelete; // one per model::ReferentialAction, in enum order
    QList<QAction*> m_onUpdate;
    model::RelationshipOptions m_options;
    QGraphicsLineItem* m_line = nullptr; // the rubber line while drawing
    core::Id m_source;
    bool m_leftSource = false; // the pointer has been outside the source table
};

} // namespace schemata::widgets
