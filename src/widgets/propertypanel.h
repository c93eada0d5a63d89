#pragma once

#include "core/id.h"
#include "model/logicaltype.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class PropertyPanel;
}

namespace schemata::app {
class DocumentController;
}

namespace schemata::widgets {

class DomainSummary;

// Edits the selected table or column; shows a domain (edited in its dialog). Every change is a
// controller command; typing in a field produces one merged undo step. The panel re-reads the
// document on every change (undo included) and only rewrites a field whose value differs, so the
// cursor in the field being typed into stays put.
class PropertyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyPanel(app::DocumentController* controller, QWidget* parent = nullptr);
    ~PropertyPanel() override;

    // A table, a column, a domain, or anything else (which shows the owning table when
    // given).
    void setObject(const core::Id& objectId, const core::Id& tableId = {});
    core::Id objectId() const { return m_objectId; }

    // Exposed for tests and for keyboard focus from the main window.
    Ui::PropertyPanel* form() const { return m_ui.get(); }
    DomainSummary* domainPage() const { return m_domainPage; }

Q_SIGNALS:
    // The domain page's Edit button; the main window opens the dialog.
    void domainEditRequested(const core::Id& domainId);
    // An object listed on a page (a domain's column) was activated.
    void objectActivated(const core::Id& objectId);

private:
    void refresh();
    void connectEditors();
    void reportStatus(bool ok, const QString& message);
    QString storedTypeToolTip() const;
    void applyTypeText(const core::Id& columnId, const QString& text, bool commit);

    app::DocumentController* m_controller;
    std::unique_ptr<Ui::PropertyPanel> m_ui;
    DomainSummary* m_domainPage = nullptr;
    core::Id m_objectId; // table, column or domain shown
    bool m_updating = false;
    QList<TypeSuggestion> m_typeSuggestions;      // what the type field offers now
    core::Id m_typeColumn;                        // the column the type field last showed
    std::optional<model::LogicalType> m_typeBase; // its type when the typing began
    bool m_applyingType = false;
    bool m_typeTextOk = true; // the type field's text can be stored
    QString m_typeToolTip; // the field's tooltip when it has nothing to report                  //
                           // the type field's own edit is running
};

} // namespace schemata::widgets
