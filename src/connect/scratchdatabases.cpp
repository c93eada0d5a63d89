#include "connect/scratchdatabases.h"

#include "dialect/dialect.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace schemata::connect {

namespace {

QString canonicalDialect(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"postgresql" || n == u"pg")
        return QStringLiteral("postgres");
    if (n == u"sqlite3")
        return QStringLiteral("sqlite");
    return n;
}

core::Status exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return core::Error{sql, query.lastError().text()};
    return {};
}

} // namespace

core::Result<std::unique_ptr<ScratchDatabases>>
ScratchDatabases::open(const QString& dialect, const std::optional<ConnectionProfile>& server,
                       const QString& password)
{
    std::unique_ptr<ScratchDatabases> s(new ScratchDatabases);
    s->m_dialect = canonicalDialect(dialect);
    s->m_server = server;
    s->m_password = password;
    // 12 random hex digits: two runs against one server never collide, and the
    // prefix says plainly who created the database if a crash ever leaves one behind.
    s->m_prefix = QStringLiteral("schemata_verify_") +
                  QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    if (!server) {
        if (s->m_dialect != u"sqlite")
            return core::Error{QStringLiteral("verify"),
                               QStringLiteral("%1 needs a server connection (--url); only SQLite "
                                              "runs embedded")
                                   .arg(dialect)};
        s->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                   QStringLiteral("/schemata-verify-XXXXXX"));
        if (!s->m_dir->isValid())
            return core::Error{QDir::tempPath(), s->m_dir->errorString()};
        return s;
    }
    ConnectionProfile admin = *server;
    admin.dialect = s->m_dialect;
    auto session = DatabaseSession::open(admin, password);
    if (!session)
        return session.error();
    s->m_admin = std::move(session).value();
    return s;
}

ScratchDatabases::~ScratchDatabases()
{
    dropAll();
}

core::Result<QSqlDatabase> ScratchDatabases::create(const QString& suffix)
{
    auto created = std::make_shared<Created>();
    ConnectionProfile profile;
    if (!m_server) {
        created->name = m_dir->filePath(m_prefix + u'_' + suffix + QStringLiteral(".sqlite"));
        QFile file(created->name);
        // DatabaseSession refuses a missing file (a typo must not "import" nothing).
        if (!file.open(QIODevice::WriteOnly))
            return core::Error{created->name, file.errorString()};
        file.close();
        profile.dialect = QStringLiteral("sqlite");
        profile.database = created->name;
    } else {
        const auto dialect = dialect::createDialect(m_dialect);
        if (!dialect)
            return core::Error{QStringLiteral("verify"),
                               QStringLiteral("unknown dialect \"%1\"").arg(m_dialect)};
        created->name = m_prefix + u'_' + suffix;
        const QString quoted = dialect->quoteIdentifier(created->name);
        const QString sql = m_dialect == u"postgres"
                                ? QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                                 "ENCODING 'UTF8'")
                                      .arg(quoted)
                                : QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4 "
                                                 "COLLATE utf8mb4_unicode_ci")
                                      .arg(quoted);
        if (const core::Status s = exec(m_admin->database(), sql); !s)
            return s.error();
        m_created.append(created); // from here on dropAll() removes it
        profile = *m_server;
        profile.dialect = m_dialect;
        profile.database = created->name;
    }
    auto session = DatabaseSession::open(profile, m_password);
    if (!session)
        return session.error();
    created->session = std::move(session).value();
    if (!m_server) {
        m_created.append(created);
        // A scratch file needs no durability: without fsyncs a 50-migration history
        // verifies several times faster, and SQLite's semantics are unchanged.
        for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                      QStringLiteral("PRAGMA synchronous = OFF"),
                                      QStringLiteral("PRAGMA journal_mode = MEMORY")}) {
            if (const core::Status s = exec(created->session->database(), pragma); !s)
                return s.error();
        }
    }
    return created->session->database();
}

QStringList ScratchDatabases::dropAll()
{
    QStringList errors;
    const auto dialect = dialect::createDialect(m_dialect);
    for (const auto& created : std::as_const(m_created)) {
        created->session.reset(); // a database with open connections cannot be dropped
        if (!m_server) {
            if (!QFile::remove(created->name) && QFile::exists(created->name))
                errors.append(QStringLiteral("%1: could not remove the file").arg(created->name));
            continue;
        }
        if (!m_admin || !dialect)
            continue;
        const QString quoted = dialect->quoteIdentifier(created->name);
        const QString sql =
            m_dialect == u"postgres"
                ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoted)
                : QStringLiteral("DROP DATABASE IF EXISTS %1").arg(quoted);
        if (const core::Status s = exec(m_admin->database(), sql); !s)
            errors.append(QStringLiteral("%1: %2").arg(created->name, s.error().message));
    }
    m_created.clear();
    return errors;
}

QString ScratchDatabases::serverVersion() const
{
    if (m_admin)
        return m_admin->serverVersion();
    for (const auto& created : m_created) {
        if (created->session)
            return created->session->serverVersion();
    }
    return {};
}

} // namespace schemata::connect
