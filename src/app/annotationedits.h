#pragma once

#include "core/id.h"
#include "core/result.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace schemata::app {

class DocumentController;

// Undoable edits of the diagram's notes and subject areas (the document's layout
// section), each one command through the DocumentController. Kept out of the
// controller so that it does not grow with every canvas feature.
// A subject area has no geometry of its own: it is drawn around its member tables, so
// moving an area moves its members and resizing it changes which tables it holds.
class AnnotationEdits
{
public:
    explicit AnnotationEdits(DocumentController* controller) : m_controller(controller) {}

    // --- Notes. Rectangles are in scene units and stored rounded to two decimals, as
    // the file format keeps them, so undo → save → load is exact.
    core::Result<core::Id> addNote(const QRectF& rect, const QString& text);
    core::Status setNoteRect(const core::Id& noteId, const QRectF& rect,
                             const QString& commandText);
    core::Status setNoteText(const core::Id& noteId, const QString& text);
    core::Status removeNotes(const QList<core::Id>& noteIds);

    // --- Subject areas. Members must be existing tables or views; duplicates are dropped
    // and the order is the model's (tables, then views), so the saved list does not
    // depend on the order things were selected in.
    core::Result<core::Id> addSubjectArea(const QString& name, const QString& color,
                                          const QList<core::Id>& memberIds);
    core::Status renameSubjectArea(const core::Id& areaId, const QString& name);
    // `color` is "#rrggbb" or empty for the theme's default.
    core::Status setSubjectAreaColor(const core::Id& areaId, const QString& color);
    core::Status setSubjectAreaMembers(const core::Id& areaId, const QList<core::Id>& memberIds,
                                       const QString& commandText);
    core::Status removeSubjectAreas(const QList<core::Id>& areaIds);

private:
    DocumentController* m_controller;
};

} // namespace schemata::app
