#include "widgets/diagram/inplacenameeditor.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWidget>

namespace schemata::widgets {

InPlaceNameEditor::InPlaceNameEditor(QWidget* focusBack, QObject* parent)
    : QObject(parent), m_focusBack(focusBack)
{}

QLineEdit* InPlaceNameEditor::open(QWidget* host, const QString& text, const QString& objectName,
                                   const QString& accessibleName, Commit commit)
{
    finish(false);
    auto* editor = new QLineEdit(text, host);
    editor->setObjectName(objectName);
    editor->setAccessibleName(accessibleName);
    editor->selectAll();
    editor->installEventFilter(this);
    connect(editor, &QLineEdit::returnPressed, this, [this] { finish(true); });
    connect(editor, &QLineEdit::editingFinished, this, [this] { finish(true); });
    m_editor = editor;
    m_commit = std::move(commit);
    editor->show();
    editor->setFocus();
    return editor;
}

void InPlaceNameEditor::finish(bool commit)
{
    if (!m_editor)
        return;
    QLineEdit* editor = m_editor;
    m_editor = nullptr; // re-entrancy: hiding the editor emits editingFinished again
    const Commit callback = std::exchange(m_commit, {});
    const QString name = editor->text().trimmed();
    editor->hide();
    editor->deleteLater();
    if (m_focusBack)
        m_focusBack->setFocus();
    if (commit && !name.isEmpty() && callback)
        callback(name);
}

bool InPlaceNameEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        finish(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace schemata::widgets
