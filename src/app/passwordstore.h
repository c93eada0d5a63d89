#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace schemata::app {

// Connection passwords, per profile key, in the system keychain through QtKeychain —
// never in settings or project files. When no keychain service answers (a headless
// machine, a desktop without a secret service) the passwords of this session are kept
// in memory only and forgotten at exit; keychainUnavailable() is emitted once so the
// studio can say so, and the dialogs ask for the password again next session.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend
    {
        Keychain,   // the system keychain, falling back to memory when it is unreachable
        MemoryOnly, // never touch the keychain (tests, --no-keychain)
    };

    // `service` names the keychain entries ("Schemata Studio"); keys are profile names.
    explicit PasswordStore(QString service, Backend backend = Backend::Keychain,
                           QObject* parent = nullptr);

    // The password for `key`: from memory (this session), else from the keychain.
    // std::nullopt when neither has one (ask the user).
    std::optional<QString> password(const QString& key);
    // Stores the password. Returns true when the keychain holds it, false when it is
    // kept in memory for this session only.
    bool setPassword(const QString& key, const QString& password);
    // Forgets the password in memory and in the keychain.
    void remove(const QString& key);

    // False once the keychain has failed with "no backend"/"not implemented"/"access denied".
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainError() const { return m_keychainError; }

Q_SIGNALS:
    // Once per store, the first time the keychain cannot be reached.
    void keychainUnavailable(const QString& message);

private:
    void markUnavailable(const QString& message);

    QString m_service;
    Backend m_backend;
    bool m_keychainAvailable = true;
    QString m_keychainError;
    QHash<QString, QString> m_memory; // this session only, never written anywhere
};

} // namespace schemata::app
