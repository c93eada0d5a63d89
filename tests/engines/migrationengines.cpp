#include "migrationengines.h"

#include <QSqlQuery>

namespace schemata::enginetest {

core::Status MigrationEngines::start(const QString& dialect)
{
    m_dialect = dialect;
    if (dialect == u"postgres") {
        m_postgres = std::make_unique<PostgresServer>();
        return m_postgres->start();
    }
    if (dialect == u"mariadb") {
        m_mariadb = std::make_unique<MariaDbServer>();
        return m_mariadb->start();
    }
    if (dialect != u"sqlite")
        return core::Error{QStringLiteral("MigrationEngines"),
                           QStringLiteral("no engine for dialect \"%1\"").arg(dialect)};
    return {};
}

connect::MigrationVerifier::Options MigrationEngines::verifierOptions() const
{
    connect::MigrationVerifier::Options options;
    options.dialect = m_dialect;
    if (m_postgres) {
        connect::ConnectionProfile profile;
        profile.dialect = QStringLiteral("postgres");
        profile.socket = m_postgres->socketDirectory();
        profile.user = QStringLiteral("postgres");
        profile.database = QStringLiteral("postgres");
        options.server = profile;
    } else if (m_mariadb) {
        connect::ConnectionProfile profile;
        profile.dialect = QStringLiteral("mariadb");
        profile.socket = m_mariadb->socketPath();
        profile.user = QStringLiteral("root");
        options.server = profile;
    }
    return options;
}

QStringList MigrationEngines::databases()
{
    QStringList names;
    core::Result<QSqlDatabase> db = m_postgres  ? m_postgres->connect(QStringLiteral("postgres"))
                                    : m_mariadb ? m_mariadb->connect(QString())
                                                : core::Result<QSqlDatabase>(core::Error{});
    if (!db)
        return names;
    QSqlQuery query(db.value());
    query.exec(m_postgres ? QStringLiteral("SELECT datname FROM pg_database")
                          : QStringLiteral("SHOW DATABASES"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QString MigrationEngines::logTail() const
{
    if (m_postgres)
        return m_postgres->logTail();
    if (m_mariadb)
        return m_mariadb->logTail();
    return {};
}

} // namespace schemata::enginetest
