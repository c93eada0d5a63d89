#pragma once

#include "core/id.h"

#include <QColor>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QMenu;

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DiagramScene;
class DiagramView;
class InPlaceNameEditor;

// Notes and subject areas on the canvas: create (toolbar, context menu), edit the text,
// name and colour, delete. Moving and resizing happen on the items themselves
// (NoteItem, AreaItem, committed by DiagramScene). Every action is one undoable command
// (app::AnnotationEdits). The questions to the user go through replaceable functions so
// tests can answer them without a modal dialog.
class AnnotationEditor : public QObject
{
    Q_OBJECT

public:
    // Asks for a text; nullopt when the user cancels. `multiLine` for note text.
    using AskText = std::function<std::optional<QString>(const QString& title, const QString& label,
                                                         const QString& initial, bool multiLine)>;
    // Asks for a colour; an invalid colour when the user cancels.
    using AskColor = std::function<QColor(const QColor& initial)>;

    AnnotationEditor(app::DocumentController* controller, DiagramScene* scene, DiagramView* view,
                     QObject* parent = nullptr);

    QAction* newNoteAction() const { return m_newNote; }
    QAction* newAreaAction() const { return m_newArea; }
    QAction* editAction() const { return m_edit; }
    QAction* colorAction() const { return m_color; }
    // For the toolbar: New Note, New Subject Area.
    QList<QAction*> toolActions() const { return {m_newNote, m_newArea}; }

    void setAskText(AskText ask) { m_askText = std::move(ask); }
    void setAskColor(AskColor ask) { m_askColor = std::move(ask); }

    // One command each.
    core::Id addNoteAt(const QPointF& scenePos, const QString& text);
    core::Id addAreaFromTables(const QList<core::Id>& tableIds, const QString& name);
    bool editNoteText(const core::Id& noteId, const QString& text);
    bool renameArea(const core::Id& areaId, const QString& name);
    // Renames a subject area in place: a line editor over its title (double-click on the
    // title, F2 or Rename while it is selected); Return or leaving commits one undoable
    // rename, Escape or an empty name cancels.
    void startAreaRename(const core::Id& areaId);
    QLineEdit* areaRenameEditor() const;
    bool setAreaColor(const core::Id& areaId, const QColor& color);
    // Deletes the selected notes and subject areas (never their tables); false when none.
    bool deleteSelected();
    bool hasSelection() const;

    // The canvas context menu at `scenePos`, with these actions and `extra` (the table
    // actions); the caller shows it.
    QMenu* contextMenu(const QPointF& scenePos, const QList<QAction*>& extra, QWidget* parent);

Q_SIGNALS:
    void message(const QString& text);

private:
    void requestNoteText(const core::Id& noteId);
    void requestAreaName(const core::Id& areaId);
    void requestAreaColor(const core::Id& areaId);
    void updateActions();
    QAction* makeAction(const QString& text, const std::function<void()>& slot);

    app::DocumentController* m_controller;
    DiagramScene* m_scene;
    DiagramView* m_view;
    AskText m_askText;
    AskColor m_askColor;
    QAction* m_newNote;
    QAction* m_newArea;
    QAction* m_edit;
    QAction* m_color;
    InPlaceNameEditor* m_areaEditor;
    QPointF m_menuPos;
    bool m_menuPosValid = false;
};

} // namespace schemata::widgets
