#pragma once

#include "app/connectionprofilestore.h"
#include "app/importjob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace schemata::app {
class PasswordStore;
}

namespace schemata::widgets {

// File → Import SQL…: the script, its dialect and, for a MySQL/MariaDB script, where it
// runs — the private scratch mariadbd (the default) or scratch databases on the server of
// a saved MySQL/MariaDB connection, as the CLI's `--sql … --url mysql://…` does, with the
// same guard (sqlimport::MySqlScriptEngine: statements that would touch the server's
// databases are not run and are reported). The dialog says what that means before the
// run. The import runs off the UI thread with progress and Cancel; the dialog accepts
// once it has succeeded: take the result from job().
class ImportSqlDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSqlDialog(app::ConnectionProfileStore* profiles, app::PasswordStore* passwords,
                    QWidget* parent = nullptr);
    ~ImportSqlDialog() override;

    void setScriptPath(const QString& path);
    QString scriptPath() const;
    // "postgres", "mysql", "mariadb" or "sqlite"; anything else keeps the current one.
    void setDialect(const QString& dialect);
    QString dialect() const;

    // The "Run in" choices as shown: the private server first, then the saved MySQL/MariaDB
    // connections (other dialects cannot run a MySQL script).
    QStringList serverChoices() const;
    // Selects the private scratch server.
    void usePrivateServer();
    // Selects `profile` (or adds it, unsaved) to run the script on; `password` fills the
    // password field when given.
    void setServerProfile(const app::NamedProfile& profile, const QString& password = {});
    // The chosen connection; an empty name means the private scratch server.
    app::NamedProfile serverProfile() const;
    // Whether Import may be pressed, and the text that explains the choice (guard rules,
    // what runs where, why a read-only connection is refused).
    bool canImport() const;
    QString noteText() const;

    // Starts the import (does nothing and says why when canImport() is false).
    void startImport();
    app::ImportJob* job() const { return m_job; }
    QString statusText() const;

private:
    void reloadProfiles();
    void browse();
    void updateChoice();
    void setBusy(bool busy, const QString& text);
    void showProgress(const QString& phase, qsizetype done, qsizetype total, const QString& unit);
    void importFinished(app::ImportJob::Outcome outcome, const QString& message);
    bool runsOnServer() const;

    app::ConnectionProfileStore* m_profiles;
    app::PasswordStore* m_passwords;
    QList<app::NamedProfile> m_servers; // index i is combo row i + 1
    app::ImportJob* m_job;

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_dialect = nullptr;
    QComboBox* m_server = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_note = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace schemata::widgets
