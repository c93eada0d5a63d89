#include "connect/connectionerror.h"

namespace schemata::connect {

namespace {

bool isMysql(const QString& dialect)
{
    return dialect == u"mysql" || dialect == u"mariadb";
}

QString where(const ConnectionProfile& p)
{
    if (p.dialect == u"sqlite")
        return p.database;
    if (!p.socket.isEmpty())
        return QStringLiteral("socket %1").arg(p.socket);
    const int port = p.port != 0 ? p.port : (isMysql(p.dialect) ? 3306 : 5432);
    return QStringLiteral("%1:%2")
        .arg(p.host.isEmpty() ? QStringLiteral("localhost") : p.host)
        .arg(port);
}

} // namespace

ConnectionFailure classifyConnectionFailure(const QString& dialect, const QString& driverText,
                                            const QString& nativeCode)
{
    const QString text = driverText.toLower();
    const auto has = [&](const char* needle) { return text.contains(QLatin1String(needle)); };
    if (isMysql(dialect)) {
        // Connector/C error numbers are stable where the wording is not.
        const int code = nativeCode.toInt();
        if (code == 1045 || code == 1698)
            return ConnectionFailure::WrongPassword;
        if (code == 1049)
            return ConnectionFailure::UnknownDatabase;
        if (code == 2005)
            return ConnectionFailure::UnknownHost;
        if (code == 2026 || code == 5001 || has("ssl") || has("tls"))
            return ConnectionFailure::Tls;
        if (has("timed out") || has("timeout") || has("(110)") || code == 2013)
            return ConnectionFailure::Timeout;
        if (has("(111)") || has("(2)") || has("refused") || code == 2002 || code == 2003)
            return ConnectionFailure::Refused;
        if (has("(101)") || has("(113)") || has("unknown server host"))
            return ConnectionFailure::UnknownHost;
        return ConnectionFailure::Other;
    }
    if (dialect == u"sqlite") {
        if (has("unable to open") || has("no such file"))
            return ConnectionFailure::UnknownDatabase;
        return ConnectionFailure::Other;
    }
    // libpq
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed") || (has("role \"") && has("does not exist")))
        return ConnectionFailure::WrongPassword;
    if (has("database \"") && has("does not exist"))
        return ConnectionFailure::UnknownDatabase;
    if (has("ssl") || has("tls") || has("gssencmode") || has("no encryption"))
        return ConnectionFailure::Tls;
    if (has("timeout expired") || has("timed out"))
        return ConnectionFailure::Timeout;
    if (has("could not translate host name") || has("name or service not known") ||
        has("network is unreachable") || has("no route to host"))
        return ConnectionFailure::UnknownHost;
    if (has("connection refused") || has("no such file or directory"))
        return ConnectionFailure::Refused;
    return ConnectionFailure::Other;
}

QString describeConnectionFailure(const ConnectionProfile& p, ConnectionFailure failure,
                                  const QString& driverText)
{
    QString head;
    switch (failure) {
    case ConnectionFailure::WrongPassword:
        head = QStringLiteral("wrong password for user '%1' (or the user does not exist) at %2")
                   .arg(p.user, where(p));
        break;
    case ConnectionFailure::Refused:
        head = QStringLiteral("connection refused by %1 (is the server running and listening "
                              "there?)")
                   .arg(where(p));
        break;
    case ConnectionFailure::Timeout:
        head = QStringLiteral("no answer from %1: timed out after %2 s")
                   .arg(where(p))
                   .arg(p.connectTimeoutSeconds);
        break;
    case ConnectionFailure::UnknownHost:
        head = QStringLiteral("cannot reach host %1 (unknown name or no route)").arg(p.host);
        break;
    case ConnectionFailure::UnknownDatabase:
        head = p.dialect == u"sqlite"
                   ? QStringLiteral("cannot open the SQLite file %1").arg(p.database)
                   : QStringLiteral("database '%1' does not exist on %2").arg(p.database, where(p));
        break;
    case ConnectionFailure::Tls:
        head = QStringLiteral("TLS problem with %1 (sslmode %2): the server requires, refuses or "
                              "fails to prove TLS")
                   .arg(where(p), p.sslMode.isEmpty() ? QStringLiteral("default") : p.sslMode);
        break;
    case ConnectionFailure::Other:
        head = QStringLiteral("cannot connect to %1").arg(where(p));
        break;
    }
    const QString detail = driverText.simplified();
    return detail.isEmpty() ? head : head + QStringLiteral(" — ") + detail;
}

QString displayUrl(const ConnectionProfile& p)
{
    if (p.dialect == u"sqlite")
        return QStringLiteral("sqlite:") + p.database;
    QString url =
        (isMysql(p.dialect) ? p.dialect : QStringLiteral("postgresql")) + QStringLiteral("://");
    if (!p.user.isEmpty())
        url += p.user + u'@';
    url += p.host.contains(u':') ? u'[' + p.host + u']' : p.host;
    if (p.port != 0)
        url += u':' + QString::number(p.port);
    url += u'/' + p.database;
    if (!p.socket.isEmpty())
        url +=
            (isMysql(p.dialect) ? QStringLiteral("?socket=") : QStringLiteral("?host=")) + p.socket;
    return url;
}

} // namespace schemata::connect
