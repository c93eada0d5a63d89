#include "widgets/connect/importactions.h"

#include "app/documentcontroller.h"
#include "app/passwordstore.h"
#include "connect/connectionerror.h"
#include "sqlimport/scriptimport.h"
#include "widgets/connect/comparedialog.h"
#include "widgets/connect/connectiondialog.h"
#include "widgets/connect/importreportdialog.h"
#include "widgets/connect/importsqldialog.h"
#include "widgets/connect/newfromdatabasedialog.h"
#include "widgets/diagram/diagramnavigator.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <cmath>

namespace schemata::widgets {

namespace {

// Every box gets a place before the auto layout runs (it arranges existing nodes);
// a square-ish grid in model order, so the diagram is usable even if Graphviz fails.
document::DiagramLayout gridLayout(const model::Model& model)
{
    document::DiagramLayout layout;
    const qsizetype count = model.tables.size() + model.views.size();
    const int perRow = qMax(1, int(std::ceil(std::sqrt(double(count)))));
    int index = 0;
    const auto place = [&](const core::Id& id) {
        document::NodeLayout node;
        node.x = (index % perRow) * 340.0;
        node.y = (index / perRow) * 300.0;
        layout.nodes.insert(id, node);
        ++index;
    };
    for (const model::Table& table : model.tables)
        place(table.id);
    for (const model::View& view : model.views)
        place(view.id);
    return layout;
}

} // namespace

ImportActions::ImportActions(MainWindow* window, QSettings* settings)
    : QObject(window), m_window(window), m_profiles(settings),
      m_passwords(new app::PasswordStore(QStringLiteral("Schemata Studio"),
                                         app::PasswordStore::Backend::Keychain, this)),
      m_job(new app::ImportJob(this))
{
    setObjectName(QStringLiteral("importActions"));
    connect(m_job, &app::ImportJob::finished, this, &ImportActions::jobFinished);
    connect(m_passwords, &app::PasswordStore::keychainUnavailable, this,
            [this](const QString& message) {
                if (m_toldNoKeychain)
                    return;
                m_toldNoKeychain = true; // once per session
                m_window->statusBar()->showMessage(message, 15000);
            });
    m_connectionLabel = new QLabel(m_window);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setVisible(false);
    m_window->statusBar()->addPermanentWidget(m_connectionLabel);
}

ImportActions::~ImportActions() = default;

ImportReportDialog* ImportActions::reportDialog() const
{
    return m_report;
}

CompareDialog* ImportActions::compareDialog() const
{
    return m_compare;
}

void ImportActions::addFileActions(QMenu* file)
{
    file->addAction(tr("New from &Database…"), this, &ImportActions::newFromDatabase)
        ->setStatusTip(tr("Reverse engineer a live database into a new project"));
    file->addAction(tr("&Import SQL…"), this, &ImportActions::importSql)
        ->setStatusTip(tr("Read a DDL script into a new project"));
}

void ImportActions::addToolsActions(QMenu* tools)
{
    tools->addAction(tr("&Compare with Database…"), this, &ImportActions::compareWithDatabase)
        ->setStatusTip(tr("Show the drift between the project and a live database"));
    tools->addAction(tr("Database &Connections…"), this, [this] {
        ConnectionDialog dialog(&m_profiles, m_passwords, m_window);
        dialog.exec();
    });
}

bool ImportActions::confirmDiscard()
{
    if (!m_window->controller()->isDirty())
        return true;
    return QMessageBox::question(m_window, tr("Unsaved Changes"),
                                 tr("The current project has unsaved changes. Replace it with "
                                    "the import?"),
                                 QMessageBox::Discard | QMessageBox::Cancel) ==
           QMessageBox::Discard;
}

void ImportActions::newFromDatabase()
{
    if (!confirmDiscard())
        return;
    NewFromDatabaseDialog dialog(&m_profiles, m_passwords, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto result = dialog.job()->takeResult())
        adopt(std::move(*result), dialog.currentProfile());
}

void ImportActions::importSql()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import SQL Script"), {},
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    // The dialect, and for a MySQL/MariaDB script where it runs (the private server or a
    // saved connection's server); the dialog runs the import with progress and Cancel.
    ImportSqlDialog dialog(&m_profiles, m_passwords, m_window);
    dialog.setScriptPath(path);
    dialog.setDialect(m_window->controller()->document().dialect);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto result = dialog.job()->takeResult())
        adopt(std::move(*result));
}

bool ImportActions::importSqlFile(const QString& path, const QString& dialect)
{
    m_pending = Pending::Script;
    m_pendingProfile = {};
    m_window->statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    return m_job->start([path, dialect](const app::ImportJob::Cancelled& cancelled) {
        sqlimport::ScriptImportOptions options;
        options.dialect = dialect;
        // A MySQL/MariaDB script runs in a private server: Cancel stops it.
        options.filter.cancelled = cancelled;
        return sqlimport::importScriptFile(path, options);
    });
}

void ImportActions::compareWithDatabase()
{
    ConnectionDialog dialog(&m_profiles, m_passwords, m_window);
    dialog.setWindowTitle(tr("Compare with Database — Choose a Connection"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    compareWith(dialog.namedProfile(), dialog.password());
}

bool ImportActions::compareWith(const app::NamedProfile& profile, const QString& password)
{
    connect::CatalogFilter filter;
    // As the CLI does: the project's own schemas on PostgreSQL, so objects in unrelated
    // schemas are not reported as drift.
    if (profile.profile.dialect == u"postgres") {
        for (const model::Schema& schema : m_window->controller()->document().model.schemas)
            filter.schemas << schema.name;
    }
    m_pending = Pending::Compare;
    m_pendingProfile = profile;
    m_window->statusBar()->showMessage(tr("Reading %1…").arg(connect::displayUrl(profile.profile)));
    return m_job->start(
        [p = profile.profile, password, filter](const app::ImportJob::Cancelled& cancelled) {
            connect::CatalogFilter withCancel = filter;
            withCancel.cancelled = cancelled;
            return connect::importDatabase(p, password, withCancel);
        });
}

void ImportActions::jobFinished(app::ImportJob::Outcome outcome, const QString& message)
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (outcome != app::ImportJob::Outcome::Imported) {
        m_window->statusBar()->showMessage(message, 10000);
        if (outcome == app::ImportJob::Outcome::Failed && m_window->isVisible())
            QMessageBox::warning(m_window, tr("Import"), message);
        if (pending == Pending::Compare)
            Q_EMIT compareReady(false, message);
        else
            Q_EMIT importFinished(false, message);
        return;
    }
    auto result = m_job->takeResult();
    if (!result)
        return;
    if (pending == Pending::Compare) {
        const document::Document& doc = m_window->controller()->document();
        if (m_compare)
            m_compare->deleteLater();
        m_compare = new CompareDialog(result->model, doc.model, m_pendingProfile.profile.dialect,
                                      connect::displayUrl(m_pendingProfile.profile), m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->show();
        m_window->statusBar()->clearMessage();
        Q_EMIT compareReady(true, {});
        return;
    }
    adopt(std::move(*result), m_pendingProfile);
}

void ImportActions::adopt(connect::ImportResult result, const app::NamedProfile& profile)
{
    document::Document doc;
    doc.name = result.databaseName.isEmpty() ? tr("Imported") : result.databaseName;
    doc.dialect = result.dialect;
    doc.model = std::move(result.model);
    doc.layout = gridLayout(doc.model);
    m_window->controller()->setDocument(doc);
    // The diagram's auto layout, off the UI thread and undoable like any layout.
    if (m_window->diagramNavigator() && !doc.model.tables.isEmpty())
        m_window->diagramNavigator()->autoLayout(false);
    showConnection(profile);
    if (m_report)
        m_report->deleteLater();
    m_report = new ImportReportDialog(result.report, m_window);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->show();
    m_window->statusBar()->showMessage(
        tr("Imported %n table(s)", nullptr, int(doc.model.tables.size())), 8000);
    Q_EMIT importFinished(true, {});
}

void ImportActions::showConnection(const app::NamedProfile& profile)
{
    if (profile.name.isEmpty()) {
        m_connectionLabel->setVisible(false);
        return;
    }
    const QColor colour(profile.profile.color.isEmpty() ? QStringLiteral("#7f8c8d")
                                                        : profile.profile.color);
    const QColor text = colour.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    m_connectionLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 1px 8px; font-weight: bold; }")
            .arg(colour.name(), text.name()));
    QString label =
        profile.profile.label.isEmpty() ? profile.name : profile.profile.label.toUpper();
    if (profile.profile.readOnly)
        label = tr("%1 (read-only)").arg(label);
    m_connectionLabel->setText(label);
    m_connectionLabel->setToolTip(connect::displayUrl(profile.profile));
    m_connectionLabel->setVisible(true);
}

} // namespace schemata::widgets
