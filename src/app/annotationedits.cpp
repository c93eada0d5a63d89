#include "app/annotationedits.h"

#include "app/documentcontroller.h"

#include <QColor>
#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace schemata::app {

namespace {

core::Error unknown(const core::Id& id, const QString& what)
{
    return core::Error{id.toString(), what};
}

// The file format keeps two decimals; rounding here makes the document in memory equal
// to the one a save and a load would give.
double stored(double v)
{
    return std::round(v * 100) / 100;
}

document::Note* findNote(document::Document& doc, const core::Id& id)
{
    for (document::Note& note : doc.layout.notes) {
        if (note.id == id)
            return &note;
    }
    return nullptr;
}

document::SubjectArea* findArea(document::Document& doc, const core::Id& id)
{
    for (document::SubjectArea& area : doc.layout.subjectAreas) {
        if (area.id == id)
            return &area;
    }
    return nullptr;
}

core::Status checkRect(const QRectF& rect)
{
    if (!std::isfinite(rect.x()) || !std::isfinite(rect.y()) || !(rect.width() > 0) ||
        !(rect.height() > 0) || !std::isfinite(rect.width()) || !std::isfinite(rect.height()))
        return core::Error{QString(), QCoreApplication::translate(
                                          "AnnotationEdits",
                                          "a note needs a finite position and a positive size")};
    return {};
}

// The tables and views among `ids`, once each, in the model's order (tables first).
core::Result<QList<core::Id>> orderedMembers(const document::Document& doc,
                                             const QList<core::Id>& ids)
{
    const QSet<core::Id> wanted(ids.cbegin(), ids.cend());
    for (const core::Id& id : ids) {
        if (!doc.model.table(id) && !doc.model.view(id))
            return unknown(id,
                           QCoreApplication::translate("AnnotationEdits", "no such table or view"));
    }
    QList<core::Id> members;
    for (const model::Table& table : doc.model.tables) {
        if (wanted.contains(table.id))
            members.append(table.id);
    }
    for (const model::View& view : doc.model.views) {
        if (wanted.contains(view.id))
            members.append(view.id);
    }
    return members;
}

} // namespace

core::Result<core::Id> AnnotationEdits::addNote(const QRectF& rect, const QString& text)
{
    if (const core::Status ok = checkRect(rect); !ok)
        return ok.error();
    const core::Id id = m_controller->newId(u"note");
    const core::Status status =
        m_controller->applyEdit(QCoreApplication::translate("AnnotationEdits", "Add Note"), id, {},
                                [&](document::Document& doc) -> core::Status {
                                    document::Note note;
                                    note.id = id;
                                    note.text = text;
                                    note.x = stored(rect.x());
                                    note.y = stored(rect.y());
                                    note.width = stored(rect.width());
                                    note.height = stored(rect.height());
                                    doc.layout.notes.append(note);
                                    return {};
                                });
    if (!status)
        return status.error();
    return id;
}

core::Status AnnotationEdits::setNoteRect(const core::Id& noteId, const QRectF& rect,
                                          const QString& commandText)
{
    if (const core::Status ok = checkRect(rect); !ok)
        return ok;
    return m_controller->applyEdit(
        commandText, noteId, {}, [&](document::Document& doc) -> core::Status {
            document::Note* note = findNote(doc, noteId);
            if (!note)
                return unknown(noteId,
                               QCoreApplication::translate("AnnotationEdits", "no such note"));
            note->x = stored(rect.x());
            note->y = stored(rect.y());
            note->width = stored(rect.width());
            note->height = stored(rect.height());
            return {};
        });
}

core::Status AnnotationEdits::setNoteText(const core::Id& noteId, const QString& text)
{
    return m_controller->applyEdit(
        QCoreApplication::translate("AnnotationEdits", "Edit Note"), noteId,
        QStringLiteral("note.text"), [&](document::Document& doc) -> core::Status {
            document::Note* note = findNote(doc, noteId);
            if (!note)
                return unknown(noteId,
                               QCoreApplication::translate("AnnotationEdits", "no such note"));
            note->text = text;
            return {};
        });
}

core::Status AnnotationEdits::removeNotes(const QList<core::Id>& noteIds)
{
    const QString text = noteIds.size() == 1
                             ? QCoreApplication::translate("AnnotationEdits", "Delete Note")
                             : QCoreApplication::translate("AnnotationEdits", "Delete Notes");
    return m_controller->applyEdit(text, {}, {}, [&](document::Document& doc) -> core::Status {
        for (const core::Id& id : noteIds) {
            if (!findNote(doc, id))
                return unknown(id, QCoreApplication::translate("AnnotationEdits", "no such note"));
        }
        doc.layout.notes.removeIf([&](const document::Note& n) { return noteIds.contains(n.id); });
        return {};
    });
}

core::Result<core::Id> AnnotationEdits::addSubjectArea(const QString& name, const QString& color,
                                                       const QList<core::Id>& memberIds)
{
    if (!color.isEmpty() && !QColor(color).isValid())
        return core::Error{color, QCoreApplication::translate("AnnotationEdits",
                                                              "not a colour (expected #rrggbb)")};
    const core::Id id = m_controller->newId(u"area");
    const core::Status status =
        m_controller->applyEdit(QCoreApplication::translate("AnnotationEdits", "Add Subject Area"),
                                id, {}, [&](document::Document& doc) -> core::Status {
                                    const core::Result<QList<core::Id>> members =
                                        orderedMembers(doc, memberIds);
                                    if (!members)
                                        return members.error();
                                    document::SubjectArea area;
                                    area.id = id;
                                    area.name = name;
                                    area.color = color.isEmpty() ? QString() : QColor(color).name();
                                    area.memberIds = members.value();
                                    doc.layout.subjectAreas.append(area);
                                    return {};
                                });
    if (!status)
        return status.error();
    return id;
}

core::Status AnnotationEdits::renameSubjectArea(const core::Id& areaId, const QString& name)
{
    return m_controller->applyEdit(
        QCoreApplication::translate("AnnotationEdits", "Rename Subject Area"), areaId,
        QStringLiteral("area.name"), [&](document::Document& doc) -> core::Status {
            document::SubjectArea* area = findArea(doc, areaId);
            if (!area)
                return unknown(
                    areaId, QCoreApplication::translate("AnnotationEdits", "no such subject area"));
            area->name = name;
            return {};
        });
}

core::Status AnnotationEdits::setSubjectAreaColor(const core::Id& areaId, const QString& color)
{
    if (!color.isEmpty() && !QColor(color).isValid())
        return core::Error{color, QCoreApplication::translate("AnnotationEdits",
                                                              "not a colour (expected #rrggbb)")};
    return m_controller->applyEdit(
        QCoreApplication::translate("AnnotationEdits", "Change Subject Area Colour"), areaId, {},
        [&](document::Document& doc) -> core::Status {
            document::SubjectArea* area = findArea(doc, areaId);
            if (!area)
                return unknown(
                    areaId, QCoreApplication::translate("AnnotationEdits", "no such subject area"));
            area->color = color.isEmpty() ? QString() : QColor(color).name();
            return {};
        });
}

core::Status AnnotationEdits::setSubjectAreaMembers(const core::Id& areaId,
                                                    const QList<core::Id>& memberIds,
                                                    const QString& commandText)
{
    return m_controller->applyEdit(
        commandText, areaId, {}, [&](document::Document& doc) -> core::Status {
            document::SubjectArea* area = findArea(doc, areaId);
            if (!area)
                return unknown(
                    areaId, QCoreApplication::translate("AnnotationEdits", "no such subject area"));
            const core::Result<QList<core::Id>> members = orderedMembers(doc, memberIds);
            if (!members)
                return members.error();
            area->memberIds = members.value();
            return {};
        });
}

core::Status AnnotationEdits::removeSubjectAreas(const QList<core::Id>& areaIds)
{
    const QString text =
        areaIds.size() == 1
            ? QCoreApplication::translate("AnnotationEdits", "Delete Subject Area")
            : QCoreApplication::translate("AnnotationEdits", "Delete Subject Areas");
    return m_controller->applyEdit(text, {}, {}, [&](document::Document& doc) -> core::Status {
        for (const core::Id& id : areaIds) {
            if (!findArea(doc, id))
                return unknown(
                    id, QCoreApplication::translate("AnnotationEdits", "no such subject area"));
        }
        doc.layout.subjectAreas.removeIf(
            [&](const document::SubjectArea& a) { return areaIds.contains(a.id); });
        return {};
    });
}

} // namespace schemata::app
