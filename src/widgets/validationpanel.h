#pragma once

#include "core/id.h"
#include "model/diagnostic.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace schemata::widgets {

// Lists model and dialect findings; activating one (double-click / Enter) asks the
// window to select the object it is about.
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget* parent = nullptr);

    void setDiagnostics(const model::Diagnostics& diagnostics);
    const model::Diagnostics& diagnostics() const { return m_diagnostics; }
    QTreeWidget* list() const { return m_list; }
    // "2 errors, 1 warning" / "No problems".
    QString summary() const;

Q_SIGNALS:
    void objectActivated(const core::Id& objectId);

private:
    void activate(QTreeWidgetItem* item);

    QTreeWidget* m_list;
    model::Diagnostics m_diagnostics;
};

} // namespace schemata::widgets
