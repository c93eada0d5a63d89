#pragma once

#include "dialect/dialect.h"
#include "model/model.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::widgets {

class SqlView;

// The central DDL preview: a dialect selector over a read-only SqlView showing the
// CREATE script of the current model. Regeneration is debounced so that typing a
// column name does not rebuild the script on every keystroke.
class DdlPreview : public QWidget
{
    Q_OBJECT

public:
    explicit DdlPreview(KSyntaxHighlighting::Repository* repository, QWidget* parent = nullptr);

    // Schedules regeneration for `model` (debounced).
    void setModel(const model::Model& model);
    void setDialect(const QString& dialectName);
    QString dialect() const;
    // Runs a pending (or forced) regeneration immediately.
    void regenerateNow();
    bool isPending() const { return m_timer.isActive(); }
    // Scrolls to the first statement that creates `objectId` (a table, enum, view…);
    // remembered, so it also applies after the next regeneration. Returns the line
    // (0-based) or -1 when no statement creates it.
    int revealObject(const core::Id& objectId);

    QComboBox* dialectSelector() const { return m_selector; }
    SqlView* sqlView() const { return m_view; }

    static constexpr int kDebounceMs = 200;

Q_SIGNALS:
    void dialectChanged(const QString& dialectName);
    void regenerated();

private:
    int lineOf(const core::Id& objectId) const;

    model::Model m_model;
    dialect::DdlScript m_script;
    QString m_sql;
    core::Id m_revealed;
    QComboBox* m_selector;
    QLabel* m_info;
    SqlView* m_view;
    QTimer m_timer;
};

} // namespace schemata::widgets
