#pragma once

#include "app/connectionprofilestore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace schemata::app {
class PasswordStore;
}

namespace schemata::widgets {

// Connection profiles: pick or edit one (dialect, host, port, socket, database, user,
// SSL mode with the CA / client certificate / key files, label and colour, read-only) and
// test it; the test reports the server version and whether the connection is encrypted. The header
// strip takes the profile's colour and label, so "production" looks like production before anything
// runs. Profiles are saved through the ConnectionProfileStore (no password); the
// password goes to the PasswordStore only when "Remember" is checked.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(app::ConnectionProfileStore* profiles, app::PasswordStore* passwords,
                     QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    app::NamedProfile namedProfile() const;
    void setNamedProfile(const app::NamedProfile& profile);
    QString password() const;
    void setPassword(const QString& password);

    // Saves the profile (and the password when remembered). Called on accept.
    void saveProfile();
    // Opens a session off the UI thread; testFinished() reports the server version or
    // the classified error. The session's connect timeout bounds the wait.
    void testConnection();
    bool isTesting() const { return m_testing; }
    QString testMessage() const;

Q_SIGNALS:
    void testFinished(bool ok, const QString& message);

private:
    void reloadProfiles(const QString& select);
    void profileChosen(int index);
    void dialectChanged();
    void updateHeader();
    void chooseColour();
    void browseDatabase();
    void browseTlsFile(QLineEdit* target, const QString& title);
    void deleteProfile();
    void finishTest(bool ok, const QString& message);

    app::ConnectionProfileStore* m_profiles;
    app::PasswordStore* m_passwords;
    QList<app::NamedProfile> m_saved;
    bool m_testing = false;
    std::shared_ptr<bool> m_alive; // the test worker reports only while the dialog lives

    QFrame* m_header = nullptr;
    QLabel* m_headerLabel = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_dialect = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_socket = nullptr;
    QLineEdit* m_database = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_sslCaFile = nullptr;
    QLineEdit* m_sslCertFile = nullptr;
    QLineEdit* m_sslKeyFile = nullptr;
    QList<QWidget*> m_tlsWidgets; // the file rows and their Browse buttons
    QLineEdit* m_label = nullptr;
    QPushButton* m_colour = nullptr;
    QString m_colourName;
    QCheckBox* m_readOnly = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace schemata::widgets
