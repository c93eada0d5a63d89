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

QString orNone(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("none set") : path;
}

QString describeTls(const ConnectionProfile& p, TlsFailure failure)
{
    const QString mode = p.sslMode.isEmpty() ? QStringLiteral("default") : p.sslMode;
    switch (failure) {
    case TlsFailure::ServerWithoutTls:
        return QStringLiteral("%1 does not support TLS, but sslmode %2 requires it: enable TLS on "
                              "the server (PostgreSQL ssl=on; MariaDB ssl-cert and ssl-key), or "
                              "choose sslmode prefer or disable if an unencrypted connection is "
                              "acceptable")
            .arg(where(p), mode);
    case TlsFailure::ServerRequiresTls:
        // The same words come for a host pg_hba.conf does not admit at all, so say both.
        return QStringLiteral("%1 has no pg_hba.conf rule admitting user '%2' without TLS (sslmode "
                              "%3): if the account is TLS-only (hostssl), connect with sslmode "
                              "require, or verify-full with the server's CA file; otherwise the "
                              "server does not admit this host and user at all")
            .arg(where(p), p.user, mode);
    case TlsFailure::UntrustedCertificate:
        return QStringLiteral(
                   "TLS: the certificate of %1 is not signed by a CA you trust (CA file: "
                   "%2): set the CA file to the certificate of the CA that signed the "
                   "server's certificate")
            .arg(where(p), orNone(p.sslCaFile));
    case TlsFailure::HostNameMismatch:
        return QStringLiteral("TLS: the certificate of %1 does not name the host %2: connect by a "
                              "name the certificate lists, or use sslmode verify-ca to check the "
                              "CA only")
            .arg(where(p), p.host);
    case TlsFailure::NoCaFile:
        return QStringLiteral("TLS: sslmode %1 needs the CA file to check the certificate of %2, "
                              "and none is set or readable (CA file: %3): set the CA file in the "
                              "profile (sslrootcert=… / ssl-ca=…)")
            .arg(mode, where(p), orNone(p.sslCaFile));
    case TlsFailure::ClientCertificate:
        return QStringLiteral(
                   "TLS: %1 wants a valid client certificate for user '%2' (certificate: "
                   "%3): set the client certificate and key files, signed by a CA the "
                   "server trusts and naming the user")
            .arg(where(p), p.user, orNone(p.sslCertFile));
    case TlsFailure::Other:
        break;
    }
    return QStringLiteral("TLS problem with %1 (sslmode %2): the server requires, refuses or fails "
                          "to prove TLS")
        .arg(where(p), mode);
}

} // namespace

TlsFailure classifyTlsFailure(const QString& driverText)
{
    const QString text = driverText.toLower();
    const auto has = [&](const char* needle) { return text.contains(QLatin1String(needle)); };
    // libpq 17: "server does not support SSL, but SSL was required"; Connector/C: "SSL is
    // required, but the server does not support it"; ours after the fact for MariaDB.
    if (has("does not support ssl") || has("does not support tls") ||
        has("server does not support it"))
        return TlsFailure::ServerWithoutTls;
    if (has("no pg_hba.conf entry") && has("no encryption"))
        return TlsFailure::ServerRequiresTls;
    if (has("does not match host name") || has("hostname verification failed"))
        return TlsFailure::HostNameMismatch;
    if (has("root certificate file") || has("sslrootcert"))
        return TlsFailure::NoCaFile;
    if (has("client certificate") || has("certificate authentication failed") ||
        has("could not open certificate file") || has("could not load private key") ||
        has("private key file"))
        return TlsFailure::ClientCertificate;
    if (has("certificate verify failed") || has("unable to get local issuer") ||
        has("self-signed certificate") || has("not trusted") || has("self signed certificate"))
        return TlsFailure::UntrustedCertificate;
    return TlsFailure::Other;
}

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
    // libpq. Certificate trouble first: "certificate authentication failed" is not a password.
    if (classifyTlsFailure(driverText) != TlsFailure::Other)
        return ConnectionFailure::Tls;
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
        // MariaDB/MySQL refuse an account's TLS requirement with the same "Access denied".
        if (isMysql(p.dialect))
            head += QStringLiteral(", or the account requires TLS (REQUIRE SSL: connect with "
                                   "sslmode require) or a client certificate (REQUIRE X509 or "
                                   "SUBJECT: set the client certificate and key files)");
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
        head = describeTls(p, classifyTlsFailure(driverText));
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
