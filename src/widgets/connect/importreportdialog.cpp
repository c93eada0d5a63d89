#include "widgets/connect/importreportdialog.h"

#include "widgets/sqlview.h"

#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schemata::widgets {

ImportReportDialog::ImportReportDialog(connect::ImportReport report, QWidget* parent)
    : QDialog(parent), m_report(std::move(report)),
      m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    auto* layout = new QVBoxLayout(this);

    const int failed = m_report.count(connect::ImportReportItem::Kind::Failed);
    const int notModelled = m_report.count(connect::ImportReportItem::Kind::NotModelled);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("Imported from %1: %2 tables, %3 views, %4 enums, %5 domains. %6 statements failed, "
           "%7 objects the model cannot hold (kept below with their SQL), %8 notes.")
            .arg(m_report.source)
            .arg(m_report.tables)
            .arg(m_report.views)
            .arg(m_report.enums)
            .arg(m_report.domains)
            .arg(failed)
            .arg(notModelled)
            .arg(m_report.notes.size()));
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    // What the table name patterns left out, so a short import is not mistaken for a
    // short database.
    if (m_report.filteredTables > 0 || m_report.filteredViews > 0) {
        QStringList left;
        if (m_report.filteredTables > 0)
            left << tr("%n table(s)", nullptr, m_report.filteredTables);
        if (m_report.filteredViews > 0)
            left << tr("%n view(s)", nullptr, m_report.filteredViews);
        if (m_report.filteredObjects > 0)
            left << tr("%n trigger(s), policies or rules on those tables", nullptr,
                       m_report.filteredObjects);
        m_summary->setText(m_summary->text() + u'\n' +
                           tr("Left out by the table name filter: %1.")
                               .arg(left.join(tr(", ", "list separator"))));
    }
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_items = new QTreeWidget(splitter);
    m_items->setObjectName(QStringLiteral("reportItems"));
    m_items->setRootIsDecorated(false);
    m_items->setAlternatingRowColors(true);
    m_items->setHeaderLabels({tr("Kind"), tr("Object"), tr("Where"), tr("Why")});
    for (const connect::ImportReportItem& item : std::as_const(m_report.items)) {
        const bool isFailed = item.kind == connect::ImportReportItem::Kind::Failed;
        auto* row = new QTreeWidgetItem(
            m_items,
            {isFailed ? tr("failed") : tr("not modelled"),
             item.name.isEmpty() ? item.objectType : tr("%1 %2").arg(item.objectType, item.name),
             item.location, item.message});
        row->setToolTip(3, item.message);
        if (isFailed)
            row->setForeground(0, QColor(0xc0392b));
    }
    for (const model::Diagnostic& note : std::as_const(m_report.notes))
        new QTreeWidgetItem(m_items, {tr("note"), note.path, QString(), note.message});
    m_items->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(true);
    m_sql = new SqlView(m_repository.get(), splitter);
    m_sql->setObjectName(QStringLiteral("reportSql"));
    m_sql->setReadOnly(true);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copySql = buttons->addButton(tr("Copy SQL"), QDialogButtonBox::ActionRole);
    auto* copyAllButton = buttons->addButton(tr("Copy Report"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(copySql, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedSql()); });
    connect(copyAllButton, &QPushButton::clicked, this, &ImportReportDialog::copyAll);
    connect(m_items, &QTreeWidget::currentItemChanged, this, &ImportReportDialog::showItem);
    if (m_items->topLevelItemCount() > 0)
        m_items->setCurrentItem(m_items->topLevelItem(0));
    resize(900, 600);
}

ImportReportDialog::~ImportReportDialog() = default;

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportReportDialog::selectedSql() const
{
    const int row = m_items->indexOfTopLevelItem(m_items->currentItem());
    if (row < 0 || row >= m_report.items.size())
        return {};
    return m_report.items.at(row).sql;
}

void ImportReportDialog::copyAll() const
{
    QApplication::clipboard()->setText(m_report.toText());
}

void ImportReportDialog::showItem()
{
    m_sql->setSql(selectedSql());
}

} // namespace schemata::widgets
