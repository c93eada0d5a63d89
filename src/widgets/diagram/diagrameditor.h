#pragma once

#include "app/diagramarrange.h"
#include "core/id.h"
#include "model/dependents.h"

#include <QLineEdit>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class AnnotationEditor;
class DiagramScene;
class DiagramView;
class InPlaceNameEditor;
class RelationshipTool;

// Editing on the canvas, as actions the main window puts in its menus and toolbars:
// New Table (also a double-click on empty canvas, placing the table there), the
// relationship tool, rename in place (F2), Copy/Cut/Paste/Duplicate and Delete of the
// selected tables (Delete also takes selected notes and subject areas), Arrange (align,
// distribute), notes and subject areas (AnnotationEditor) and the canvas context menu. Every action
// is one undoable command through the DocumentController. The shortcuts act while the canvas has
// focus, so they never take Ctrl+C or Delete from a text field.
class DiagramEditor : public QObject
{
    Q_OBJECT

public:
    // Asked before a delete that takes other objects with it; true goes ahead.
    using Confirm = std::function<bool(const QList<model::Dependent>&)>;

    DiagramEditor(app::DocumentController* controller, DiagramScene* scene, DiagramView* view,
                  QObject* parent = nullptr);

    RelationshipTool* relationshipTool() const { return m_tool; }
    AnnotationEditor* annotations() const { return m_annotations; }
    QAction* newTableAction() const { return m_newTable; }
    QAction* renameAction() const { return m_rename; }
    QAction* copyAction() const { return m_copy; }
    QAction* cutAction() const { return m_cut; }
    QAction* pasteAction() const { return m_paste; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* deleteAction() const { return m_delete; }

    // For the Edit menu: Copy, Cut, Paste, Duplicate, Rename, Delete (canvas).
    QList<QAction*> editActions() const;
    // For the Arrange menu: align ×6, a separator (nullptr), distribute ×2.
    QList<QAction*> arrangeActions() const { return m_arrange; }
    // For the diagram toolbar: New Table, 1:N, 1:1, M:N, New Note, New Subject Area.
    QList<QAction*> toolActions() const;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // One command each; they act on `tableIds` (the canvas selection for the actions).
    core::Id createTableAt(const QPointF& scenePos);
    void startRename(const core::Id& tableId);
    QLineEdit* renameEditor() const;
    void copyTables(const QList<core::Id>& tableIds);
    QList<core::Id> paste();
    QList<core::Id> duplicate(const QList<core::Id>& tableIds);
    bool deleteTables(const QList<core::Id>& tableIds, const QString& text);
    void align(app::Alignment alignment);
    void distribute(app::Distribution distribution);

Q_SIGNALS:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* addAction(const QString& text, const QKeySequence& shortcut,
                       const std::function<void()>& slot);
    void updateActions();
    // Names what else a delete of these tables changes and asks m_confirm; true goes ahead.
    bool confirmTableDelete(const QList<core::Id>& tableIds);
    bool removeTables(const QList<core::Id>& tableIds, const QString& text);
    void applyArrangement(const QMap<core::Id, document::NodeLayout>& arranged,
                          const QString& text);
    QMap<core::Id, document::NodeLayout> selectedBoxes() const;

    app::DocumentController* m_controller;
    DiagramScene* m_scene;
    DiagramView* m_view;
    RelationshipTool* m_tool;
    AnnotationEditor* m_annotations;
    Confirm m_confirm;
    QAction* m_newTable;
    QAction* m_rename;
    QAction* m_copy;
    QAction* m_cut;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_delete;
    QList<QAction*> m_arrange;
    InPlaceNameEditor* m_renameEditor;
};

} // namespace schemata::widgets
