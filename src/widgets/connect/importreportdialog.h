#pragma once

#include "connect/importreport.h"

#include <QDialog>
#include <memory>

class QLabel;
class QTreeWidget;

namespace KSyntaxHighlighting {
class Repository;
}

namespace schemata::widgets {

class SqlView;

// What an import brought in and what the model could not hold: a summary, one row per
// item (kind, object, file:line, why) with its SQL below, copyable one by one or all
// at once as the same text the CLI prints.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(connect::ImportReport report, QWidget* parent = nullptr);
    ~ImportReportDialog() override;

    const connect::ImportReport& report() const { return m_report; }
    QTreeWidget* itemList() const { return m_items; }
    QString summaryText() const;
    QString selectedSql() const;
    void copyAll() const;

private:
    void showItem();

    connect::ImportReport m_report;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_items = nullptr;
    SqlView* m_sql = nullptr;
};

} // namespace schemata::widgets
