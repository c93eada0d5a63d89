#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QLineEdit;
class QWidget;

namespace schemata::widgets {

// A line editor laid over the diagram for renaming something in place (a table's header,
// a subject area's title). Return or leaving the field commits, Escape cancels; the commit
// callback gets the trimmed text and is not called for an empty one. One editor at a time:
// opening another closes the current one without committing.
class InPlaceNameEditor : public QObject
{
    Q_OBJECT

public:
    using Commit = std::function<void(const QString& name)>;

    // `focusBack` gets the keyboard focus again when the editor closes (the view).
    explicit InPlaceNameEditor(QWidget* focusBack, QObject* parent = nullptr);

    // A new editor child of `host` holding `text`, all selected, shown and focused; the
    // caller places it (its size hint is known by then).
    QLineEdit* open(QWidget* host, const QString& text, const QString& objectName,
                    const QString& accessibleName, Commit commit);
    // Closes the open editor, if any; commits only when `commit` is true.
    void finish(bool commit);
    QLineEdit* editor() const { return m_editor; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_focusBack;
    QPointer<QLineEdit> m_editor;
    Commit m_commit;
};

} // namespace schemata::widgets
