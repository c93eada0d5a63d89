#pragma once

#include "app/connectionprofilestore.h"
#include "app/importjob.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QMenu;
class QSettings;

namespace schemata::app {
class PasswordStore;
}

namespace schemata::widgets {

class CompareDialog;
class ImportReportDialog;
class MainWindow;

// The studio's way in from existing databases and scripts (issue 5): File → New from
// database…, File → Import SQL… (ImportSqlDialog: a MySQL/MariaDB script may run on a
// saved connection's server), Tools → Compare with database…. Imports run off the UI
// thread (app::ImportJob); the result becomes the window's document, is laid out by the
// diagram's auto layout and the import report is shown. Lives beside the MainWindow so
// the window only adds the menu entries.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    // `settings` (not owned, may be null) keeps the connection profiles.
    ImportActions(MainWindow* window, QSettings* settings);
    ~ImportActions() override;

    void addFileActions(QMenu* file);
    void addToolsActions(QMenu* tools);

    // Interactive entry points (the menu actions).
    void newFromDatabase();
    void importSql();
    void compareWithDatabase();

    // Non-interactive steps, for tests and scripted screenshots.
    // Starts a script import; importFinished() when done.
    bool importSqlFile(const QString& path, const QString& dialect);
    // Makes `result` the window's document (laid out) and shows the report.
    void adopt(connect::ImportResult result, const app::NamedProfile& profile = {});
    // Imports the live catalog of `profile` on a worker and opens the comparison dialog.
    bool compareWith(const app::NamedProfile& profile, const QString& password);

    app::ImportJob* job() const { return m_job; }
    app::PasswordStore* passwords() const { return m_passwords; }
    app::ConnectionProfileStore* profiles() { return &m_profiles; }
    ImportReportDialog* reportDialog() const;
    CompareDialog* compareDialog() const;
    QLabel* connectionLabel() const { return m_connectionLabel; }

Q_SIGNALS:
    // After adopt() (Imported) or a failed/cancelled import; `message` explains.
    void importFinished(bool ok, const QString& message);
    void compareReady(bool ok, const QString& message);

private:
    enum class Pending
    {
        None,
        Script,
        Compare
    };
    void jobFinished(app::ImportJob::Outcome outcome, const QString& message);
    bool confirmDiscard();
    void showConnection(const app::NamedProfile& profile);

    MainWindow* m_window;
    app::ConnectionProfileStore m_profiles;
    app::PasswordStore* m_passwords;
    app::ImportJob* m_job;
    Pending m_pending = Pending::None;
    app::NamedProfile m_pendingProfile;
    QPointer<ImportReportDialog> m_report;
    QPointer<CompareDialog> m_compare;
    QLabel* m_connectionLabel = nullptr;
    bool m_toldNoKeychain = false;
};

} // namespace schemata::widgets
