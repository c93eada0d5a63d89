#pragma once

#include "app/databasecompare.h"
#include "model/model.h"

#include <QDialog>
#include <memory>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::widgets {

class SqlView;

// Tools → Compare with database…: the drift between a live catalog and the project
// (matched by name), rename candidates to confirm with a checkbox, and the migration
// pair (up makes the database match the project, down reverses it) side by side.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(model::Model live, model::Model project, QString dialect, QString source,
                  QWidget* parent = nullptr);
    ~CompareDialog() override;

    const app::DatabaseComparison& comparison() const { return m_comparison; }
    QListWidget* candidateList() const { return m_candidates; }
    QTreeWidget* driftList() const { return m_drift; }
    QString upSql() const;
    QString downSql() const;
    bool saveTo(const QString& upPath, const QString& downPath);

private:
    void recompute();
    void save();

    model::Model m_live;
    model::Model m_project;
    QString m_dialect;
    QString m_source;
    app::DatabaseComparison m_comparison;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_drift = nullptr;
    QListWidget* m_candidates = nullptr;
    SqlView* m_up = nullptr;
    SqlView* m_down = nullptr;
};

} // namespace schemata::widgets
