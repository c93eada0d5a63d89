#include "app/passwordstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace schemata::app {

namespace {

// QtKeychain jobs are asynchronous; the store's callers (a dialog's accept, a job's
// start) need the answer before going on, so each job runs in a local event loop.
// The backends answer or fail on their own (D-Bus has its own timeout).
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool isUnreachable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::AccessDenied || error == QKeychain::OtherError;
}

} // namespace

PasswordStore::PasswordStore(QString service, Backend backend, QObject* parent)
    : QObject(parent), m_service(std::move(service)), m_backend(backend),
      m_keychainAvailable(backend == Backend::Keychain)
{
    if (backend == Backend::MemoryOnly)
        m_keychainError = tr("the keychain is switched off");
}

std::optional<QString> PasswordStore::password(const QString& key)
{
    if (const auto it = m_memory.constFind(key); it != m_memory.constEnd())
        return *it;
    if (!m_keychainAvailable)
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError) {
        m_memory.insert(key, job.textData());
        return job.textData();
    }
    if (isUnreachable(job.error()))
        markUnavailable(job.errorString());
    return std::nullopt;
}

bool PasswordStore::setPassword(const QString& key, const QString& password)
{
    m_memory.insert(key, password);
    if (!m_keychainAvailable)
        return false;
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return true;
    markUnavailable(job.errorString());
    return false;
}

void PasswordStore::remove(const QString& key)
{
    m_memory.remove(key);
    if (!m_keychainAvailable)
        return;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound &&
        isUnreachable(job.error()))
        markUnavailable(job.errorString());
}

void PasswordStore::markUnavailable(const QString& message)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_keychainError = message;
    Q_EMIT keychainUnavailable(
        tr("No keychain service is available (%1). Passwords are kept for this session only "
           "and asked for again next time.")
            .arg(message));
}

} // namespace schemata::app
