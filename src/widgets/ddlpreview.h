#pragma once

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

    QComboBox* dialectSelector() const { return m_selector; }
    SqlView* sqlView() const { return m_view; }

    static constexpr int kDebounceMs = 200;

Q_SIGNALS:
    void dialectChanged(const QString& dialectName);
    void regenerated();

private:
    model::Model m_model;
    QComboBox* m_selector;
    QLabel* m_info;
    SqlView* m_view;
    QTimer m_timer;
};

} // namespace schemata::widgets
