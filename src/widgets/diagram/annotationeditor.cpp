#include "widgets/diagram/annotationeditor.h"

#include "app/annotationedits.h"
#include "app/documentcontroller.h"
#include "widgets/diagram/areaitem.h"
#include "widgets/diagram/diagramscene.h"
#include "widgets/diagram/diagramview.h"
#include "widgets/diagram/inplacenameeditor.h"
#include "widgets/diagram/noteitem.h"
#include "widgets/diagram/tableitem.h"

#include <QAction>
#include <QColorDialog>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace schemata::widgets {

namespace {

constexpr double kNoteWidth = 220;
constexpr double kNoteHeight = 90;

double snap(double v)
{
    return std::round(v / TableItem::kGrid) * TableItem::kGrid;
}

} // namespace

AnnotationEditor::AnnotationEditor(app::DocumentController* controller, DiagramScene* scene,
                                   DiagramView* view, QObject* parent)
    : QObject(parent), m_controller(controller), m_scene(scene), m_view(view),
      m_areaEditor(new InPlaceNameEditor(view, this))
{
    m_askText = [this](const QString& title, const QString& label, const QString& initial,
                       bool multiLine) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            multiLine
                ? QInputDialog::getMultiLineText(m_view, title, label, initial, &ok)
                : QInputDialog::getText(m_view, title, label, QLineEdit::Normal, initial, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_askColor = [this](const QColor& initial) {
        return QColorDialog::getColor(initial, m_view, tr("Subject Area Colour"));
    };

    m_newNote = makeAction(tr("New &Note"), [this] {
        // Where the context menu was opened, otherwise the middle of the view.
        const QPointF at =
            m_menuPosValid ? m_menuPos : m_view->mapToScene(m_view->viewport()->rect().center());
        m_menuPosValid = false;
        // The text first, so that a new note is one undo step.
        if (const std::optional<QString> text =
                m_askText(tr("New Note"), tr("Text of the note:"), QString(), true))
            addNoteAt(at, *text);
    });
    m_newNote->setToolTip(tr("Add a free text note to the diagram"));
    m_newArea = makeAction(tr("New &Subject Area"), [this] {
        const QList<core::Id> tables = m_scene->selectedTableIds();
        const std::optional<QString> name =
            m_askText(tr("New Subject Area"), tr("Name of the group of the selected tables:"),
                      tr("Subject area"), false);
        if (name)
            addAreaFromTables(tables, *name);
    });
    m_newArea->setToolTip(tr("Group the selected tables in a coloured subject area"));
    m_edit = makeAction(tr("&Edit Text…"), [this] {
        const QList<core::Id> notes = m_scene->selectedNoteIds();
        const QList<core::Id> areas = m_scene->selectedAreaIds();
        if (notes.size() == 1 && areas.isEmpty())
            requestNoteText(notes.first());
        else if (areas.size() == 1 && notes.isEmpty())
            requestAreaName(areas.first());
    });
    m_color = makeAction(tr("Subject Area &Colour…"), [this] {
        const QList<core::Id> areas = m_scene->selectedAreaIds();
        if (areas.size() == 1)
            requestAreaColor(areas.first());
    });

    connect(m_scene, &DiagramScene::noteEditRequested, this, &AnnotationEditor::requestNoteText);
    connect(m_scene, &DiagramScene::areaEditRequested, this, &AnnotationEditor::requestAreaName);
    connect(m_scene, &DiagramScene::message, this, &AnnotationEditor::message);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &AnnotationEditor::updateActions);
    updateActions();
}

QAction* AnnotationEditor::makeAction(const QString& text, const std::function<void()>& slot)
{
    auto* action = new QAction(text, this);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void AnnotationEditor::updateActions()
{
    const qsizetype notes = m_scene->selectedNoteIds().size();
    const qsizetype areas = m_scene->selectedAreaIds().size();
    m_newArea->setEnabled(!m_scene->selectedTableIds().isEmpty());
    m_edit->setEnabled(notes + areas == 1);
    m_edit->setText(areas == 1 && notes == 0 ? tr("&Rename Subject Area") : tr("&Edit Note Text…"));
    m_color->setEnabled(areas == 1 && notes == 0);
}

bool AnnotationEditor::hasSelection() const
{
    return !m_scene->selectedNoteIds().isEmpty() || !m_scene->selectedAreaIds().isEmpty();
}

core::Id AnnotationEditor::addNoteAt(const QPointF& scenePos, const QString& text)
{
    const QRectF rect(snap(scenePos.x() - kNoteWidth / 2), snap(scenePos.y() - kNoteHeight / 2),
                      kNoteWidth, kNoteHeight);
    const core::Result<core::Id> id = app::AnnotationEdits(m_controller).addNote(rect, text);
    if (!id) {
        Q_EMIT message(id.error().message);
        return {};
    }
    m_scene->clearSelection();
    if (NoteItem* item = m_scene->noteItem(id.value()))
        item->setSelected(true);
    return id.value();
}

core::Id AnnotationEditor::addAreaFromTables(const QList<core::Id>& tableIds, const QString& name)
{
    if (tableIds.isEmpty()) {
        Q_EMIT message(tr("Select the tables to group in the subject area first."));
        return {};
    }
    const core::Result<core::Id> id =
        app::AnnotationEdits(m_controller).addSubjectArea(name, QString(), tableIds);
    if (!id) {
        Q_EMIT message(id.error().message);
        return {};
    }
    return id.value();
}

bool AnnotationEditor::editNoteText(const core::Id& noteId, const QString& text)
{
    const core::Status status = app::AnnotationEdits(m_controller).setNoteText(noteId, text);
    if (!status)
        Q_EMIT message(status.error().message);
    return bool(status);
}

bool AnnotationEditor::renameArea(const core::Id& areaId, const QString& name)
{
    const core::Status status = app::AnnotationEdits(m_controller).renameSubjectArea(areaId, name);
    if (!status)
        Q_EMIT message(status.error().message);
    return bool(status);
}

bool AnnotationEditor::setAreaColor(const core::Id& areaId, const QColor& color)
{
    const core::Status status =
        app::AnnotationEdits(m_controller)
            .setSubjectAreaColor(areaId, color.isValid() ? color.name() : QString());
    if (!status)
        Q_EMIT message(status.error().message);
    return bool(status);
}

bool AnnotationEditor::deleteSelected()
{
    const QList<core::Id> notes = m_scene->selectedNoteIds();
    const QList<core::Id> areas = m_scene->selectedAreaIds();
    if (notes.isEmpty() && areas.isEmpty())
        return false;
    app::AnnotationEdits edits(m_controller);
    // Both kinds in one selection are still one undo step.
    const bool both = !notes.isEmpty() && !areas.isEmpty();
    if (both)
        m_controller->undoStack()->beginMacro(tr("Delete Notes and Subject Areas"));
    core::Status status;
    if (!notes.isEmpty())
        status = edits.removeNotes(notes);
    if (status && !areas.isEmpty())
        status = edits.removeSubjectAreas(areas);
    if (both)
        m_controller->undoStack()->endMacro();
    if (!status)
        Q_EMIT message(status.error().message);
    return bool(status);
}

void AnnotationEditor::requestNoteText(const core::Id& noteId)
{
    QString current;
    for (const document::Note& note : m_controller->document().layout.notes) {
        if (note.id == noteId)
            current = note.text;
    }
    if (const std::optional<QString> text =
            m_askText(tr("Note"), tr("Text of the note:"), current, true))
        editNoteText(noteId, *text);
}

void AnnotationEditor::requestAreaName(const core::Id& areaId)
{
    startAreaRename(areaId);
}

void AnnotationEditor::startAreaRename(const core::Id& areaId)
{
    AreaItem* item = m_scene->areaItem(areaId);
    const document::SubjectArea* area = nullptr;
    for (const document::SubjectArea& a : m_controller->document().layout.subjectAreas) {
        if (a.id == areaId)
            area = &a;
    }
    if (!item || !area || item->box().rect.isEmpty())
        return;
    m_areaEditor->finish(false);
    const QRectF frame = item->box().rect;
    const QRectF title(frame.left(), frame.top(), frame.width(), AreaItem::kTitleHeight);
    m_view->ensureVisible(title);
    QLineEdit* editor = m_areaEditor->open(
        m_view->viewport(), area->name, QStringLiteral("areaRenameEditor"), tr("Subject area name"),
        [this, areaId](const QString& name) {
            for (const document::SubjectArea& a : m_controller->document().layout.subjectAreas) {
                if (a.id == areaId && a.name != name) {
                    renameArea(areaId, name);
                    return;
                }
            }
        });
    // Over the title strip, at least wide and tall enough to type in at any zoom.
    const QRect strip = m_view->mapFromScene(title).boundingRect();
    const int height = std::max(editor->sizeHint().height(), strip.height() / 2);
    editor->setGeometry(
        QRect(strip.left() + 2, strip.top() + 2, std::max(strip.width() - 4, 180), height));
}

QLineEdit* AnnotationEditor::areaRenameEditor() const
{
    return m_areaEditor->editor();
}

void AnnotationEditor::requestAreaColor(const core::Id& areaId)
{
    QColor current;
    for (const document::SubjectArea& area : m_controller->document().layout.subjectAreas) {
        if (area.id == areaId)
            current = QColor(area.color);
    }
    if (!current.isValid())
        current = m_scene->painter().theme().header;
    const QColor chosen = m_askColor(current);
    if (chosen.isValid())
        setAreaColor(areaId, chosen);
}

QMenu* AnnotationEditor::contextMenu(const QPointF& scenePos, const QList<QAction*>& extra,
                                     QWidget* parent)
{
    m_menuPos = scenePos;
    m_menuPosValid = true;
    auto* menu = new QMenu(parent);
    menu->addActions(extra);
    if (!extra.isEmpty())
        menu->addSeparator();
    menu->addAction(m_newNote);
    menu->addAction(m_newArea);
    menu->addAction(m_edit);
    menu->addAction(m_color);
    // A menu closed without choosing New Note must not leave its position behind.
    connect(menu, &QMenu::aboutToHide, this, [this] {
        QMetaObject::invokeMethod(this, [this] { m_menuPosValid = false; }, Qt::QueuedConnection);
    });
    return menu;
}

} // namespace schemata::widgets
