#pragma once

#include "app/connectionprofilestore.h"
#include "app/importjob.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace schemata::app {
class PasswordStore;
}

namespace schemata::widgets {

// File → New from database…: a profile, the schemas to read (listed after
// connecting, checkboxes), a table name pattern; the import runs off the UI thread
// with progress and Cancel. Accepted once the import has succeeded: take the result.
class NewFromDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    NewFromDatabaseDialog(app::ConnectionProfileStore* profiles, app::PasswordStore* passwords,
                          QWidget* parent = nullptr);
    ~NewFromDatabaseDialog() override;

    // For tests and callers that know the profile: selects (or adds, unsaved) it.
    void setProfile(const app::NamedProfile& profile, const QString& password = {});
    // The Tables field: patterns separated by commas/spaces, "!pattern" leaves out
    // (app::setTablePatterns).
    void setTablePattern(const QString& pattern);
    // Lists the schemas off the UI thread; schemasListed() when done.
    void listSchemas();
    QStringList checkedSchemas() const;
    void setSchemaChecked(const QString& schema, bool checked);
    // Starts the import; the dialog accepts on success and shows the error otherwise.
    void startImport();
    app::ImportJob* job() const { return m_job; }
    QString statusText() const;
    app::NamedProfile currentProfile() const;

Q_SIGNALS:
    void schemasListed(bool ok, const QString& message);

private:
    void reloadProfiles(const QString& select);
    void editConnections();
    void setBusy(bool busy, const QString& text);
    void importFinished(app::ImportJob::Outcome outcome, const QString& message);
    void showProgress(const QString& phase, qsizetype done, qsizetype total, const QString& unit);
    void finishListing(const QStringList& names, const QString& error);

    app::ConnectionProfileStore* m_profiles;
    app::PasswordStore* m_passwords;
    QList<app::NamedProfile> m_list;
    app::ImportJob* m_job;
    std::shared_ptr<bool> m_alive;

    QComboBox* m_profileCombo = nullptr;
    QLineEdit* m_password = nullptr;
    QListWidget* m_schemas = nullptr;
    QPushButton* m_listButton = nullptr;
    QLineEdit* m_pattern = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_importButton = nullptr;
};

} // namespace schemata::widgets
