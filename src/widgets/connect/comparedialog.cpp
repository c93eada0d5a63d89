#include "widgets/connect/comparedialog.h"

#include "migrate/differ.h"
#include "widgets/sqlview.h"

#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schemata::widgets {

namespace {

QWidget* titled(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    content->setParent(box);
    layout->addWidget(content);
    return box;
}

bool writeFile(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

} // namespace

CompareDialog::CompareDialog(model::Model live, model::Model project, QString dialect,
                             QString source, QWidget* parent)
    : QDialog(parent), m_live(std::move(live)), m_project(std::move(project)),
      m_dialect(std::move(dialect)), m_source(std::move(source)),
      m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with Database"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, vertical);
    m_drift = new QTreeWidget;
    m_drift->setObjectName(QStringLiteral("driftList"));
    m_drift->setRootIsDecorated(false);
    m_drift->setHeaderLabels({tr("Change"), tr("Object"), tr("What")});
    m_drift->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    top->addWidget(titled(tr("Drift (database → project, matched by name)"), m_drift, top));
    m_candidates = new QListWidget;
    m_candidates->setObjectName(QStringLiteral("renameCandidates"));
    top->addWidget(titled(tr("Rename candidates — check to treat as a rename"), m_candidates, top));
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* bottom = new QSplitter(Qt::Horizontal, vertical);
    m_up = new SqlView(m_repository.get());
    m_up->setObjectName(QStringLiteral("upSql"));
    m_up->setReadOnly(true);
    m_down = new SqlView(m_repository.get());
    m_down->setObjectName(QStringLiteral("downSql"));
    m_down->setReadOnly(true);
    bottom->addWidget(titled(tr("Up: makes the database match the project"), m_up, bottom));
    bottom->addWidget(titled(tr("Down: reverses the up"), m_down, bottom));
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    layout->addWidget(vertical, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copyUp = buttons->addButton(tr("Copy Up"), QDialogButtonBox::ActionRole);
    auto* copyDown = buttons->addButton(tr("Copy Down"), QDialogButtonBox::ActionRole);
    auto* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(copyUp, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(upSql()); });
    connect(copyDown, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(downSql()); });
    connect(saveButton, &QPushButton::clicked, this, &CompareDialog::save);

    // The candidates come from the plain by-name diff and do not change with the
    // confirmations; list them once.
    m_comparison = app::compareWithDatabase(m_live, m_project, m_dialect);
    for (const migrate::RenameCandidate& c : std::as_const(m_comparison.candidates)) {
        auto* item =
            new QListWidgetItem(tr("%1 %2 → %3 (%4% alike)")
                                    .arg(migrate::objectKindName(c.kind), c.fromPath, c.toPath)
                                    .arg(c.score),
                                m_candidates);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_candidates, &QListWidget::itemChanged, this, &CompareDialog::recompute);
    recompute();
    resize(1100, 720);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::recompute()
{
    QList<int> confirmed;
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->item(i)->checkState() == Qt::Checked)
            confirmed << i;
    }
    m_comparison = app::compareWithDatabase(m_live, m_project, m_dialect, confirmed);
    m_drift->clear();
    for (const migrate::Change& change : std::as_const(m_comparison.changes.changes)) {
        new QTreeWidgetItem(m_drift, {migrate::changeOpName(change.op),
                                      migrate::objectKindName(change.kind) + u' ' + change.path,
                                      migrate::attributeNames(change.changed).join(u", ")});
    }
    if (!m_comparison.error.isEmpty())
        m_summary->setText(m_comparison.error);
    else if (m_comparison.changes.isEmpty() && m_comparison.candidates.isEmpty())
        m_summary->setText(tr("No drift: %1 matches the project.").arg(m_source));
    else
        m_summary->setText(tr("%n change(s) between %1 (database) and the project; %2 rename "
                              "candidate(s) to review.",
                              nullptr, int(m_comparison.changes.changes.size()))
                               .arg(m_source)
                               .arg(m_comparison.candidates.size()));
    m_up->setSql(m_comparison.up);
    m_down->setSql(m_comparison.down);
}

QString CompareDialog::upSql() const
{
    return m_comparison.up;
}

QString CompareDialog::downSql() const
{
    return m_comparison.down;
}

bool CompareDialog::saveTo(const QString& upPath, const QString& downPath)
{
    return writeFile(upPath, m_comparison.up) && writeFile(downPath, m_comparison.down);
}

void CompareDialog::save()
{
    const QString up = QFileDialog::getSaveFileName(
        this, tr("Save Up Migration"), QStringLiteral("up.sql"), tr("SQL files (*.sql)"));
    if (up.isEmpty())
        return;
    QString down = up;
    down.replace(QStringLiteral("up"), QStringLiteral("down"));
    if (down == up)
        down = up.left(up.size() - 4) + QStringLiteral(".down.sql");
    if (!saveTo(up, down))
        QMessageBox::warning(this, tr("Save Migration"),
                             tr("Could not write %1 or %2.").arg(up, down));
}

} // namespace schemata::widgets
