#include "connect/connectionprofile.h"

#include <QUrl>

namespace schemata::connect {

namespace {

core::Error urlError(const QString& message)
{
    return core::Error{QStringLiteral("connection URL"), message};
}

// Percent-decoding that refuses malformed escapes instead of passing them through:
// "%zz" in a password is a typo the user must see, not a different password.
core::Result<QString> decode(QStringView text, const QString& part)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'%')
            continue;
        const auto isHex = [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        };
        if (i + 2 >= text.size() || !isHex(text.at(i + 1)) || !isHex(text.at(i + 2)))
            return urlError(
                QStringLiteral("bad percent-escape in the %1 \"%2\"").arg(part, text.toString()));
    }
    return QUrl::fromPercentEncoding(text.toString().toUtf8());
}

core::Result<int> parsePort(const QString& text, const QString& part)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return urlError(QStringLiteral("%1 \"%2\" is not a port number (1–65535)").arg(part, text));
    return port;
}

core::Result<int> parseSeconds(const QString& text, const QString& key)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 0)
        return urlError(
            QStringLiteral("parameter %1=%2 is not a number of seconds").arg(key, text));
    return seconds;
}

bool isKnownSslMode(const QString& mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

core::Result<ParsedUrl> parseSqliteUrl(QStringView rest)
{
    // sqlite:/abs/file.db, sqlite:relative.db, sqlite:///abs/file.db (empty authority),
    // sqlite::memory: and an optional ?mode=ro.
    QStringView path = rest;
    QStringView query;
    if (const qsizetype q = path.indexOf(u'?'); q >= 0) {
        query = path.mid(q + 1);
        path = path.left(q);
    }
    if (path.startsWith(u"//")) {
        path = path.mid(2);
        if (!path.isEmpty() && !path.startsWith(u'/'))
            return urlError(QStringLiteral("sqlite URLs name a file, not a host: use "
                                           "sqlite:/path/to/file.db or sqlite:///path/to/file.db"));
    }
    ParsedUrl parsed;
    parsed.profile.dialect = QStringLiteral("sqlite");
    const auto file = decode(path, QStringLiteral("file path"));
    if (!file)
        return file.error();
    parsed.profile.database = file.value();
    if (parsed.profile.database.isEmpty())
        return urlError(QStringLiteral("the sqlite URL names no file (sqlite:/path/to/file.db)"));
    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).toString();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1).toString();
        if (key == u"mode" && (value == u"ro" || value == u"rw")) {
            parsed.profile.readOnly = value == u"ro";
        } else if (key == u"connect_timeout" || key == u"busy_timeout") {
            const auto s = parseSeconds(value, key);
            if (!s)
                return s.error();
            parsed.profile.connectTimeoutSeconds = s.value();
        } else {
            return urlError(QStringLiteral("unknown sqlite URL parameter \"%1\" (known: "
                                           "mode=ro|rw, busy_timeout)")
                                .arg(pair.toString()));
        }
    }
    return parsed;
}

} // namespace

core::Result<ParsedUrl> parseConnectionUrl(QStringView url)
{
    url = url.trimmed();
    const qsizetype colon = url.indexOf(u':');
    if (colon <= 0)
        return urlError(QStringLiteral("\"%1\" has no scheme (expected postgresql://, mysql://, "
                                       "mariadb:// or sqlite:)")
                            .arg(url.toString()));
    const QString scheme = url.left(colon).toString().toLower();
    const QStringView rest = url.mid(colon + 1);
    if (scheme == u"sqlite" || scheme == u"sqlite3" || scheme == u"file")
        return parseSqliteUrl(rest);

    ParsedUrl parsed;
    ConnectionProfile& p = parsed.profile;
    const bool postgres = scheme == u"postgresql" || scheme == u"postgres";
    const bool mysql = scheme == u"mysql" || scheme == u"mariadb";
    if (!postgres && !mysql)
        return urlError(QStringLiteral("unknown scheme \"%1\" (expected postgresql, postgres, "
                                       "mysql, mariadb or sqlite)")
                            .arg(scheme));
    p.dialect = postgres ? QStringLiteral("postgres") : scheme;
    if (!rest.startsWith(u"//"))
        return urlError(QStringLiteral("expected \"//\" after \"%1:\"").arg(scheme));

    QStringView remainder = rest.mid(2);
    QStringView query;
    if (const qsizetype q = remainder.indexOf(u'?'); q >= 0) {
        query = remainder.mid(q + 1);
        remainder = remainder.left(q);
    }
    QStringView authority = remainder;
    QStringView path;
    if (const qsizetype slash = remainder.indexOf(u'/'); slash >= 0) {
        authority = remainder.left(slash);
        path = remainder.mid(slash + 1);
    }

    // userinfo: everything before the *last* '@' (an unescaped '@' in a password is common).
    QStringView hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype c = userInfo.indexOf(u':');
        const auto user = decode(c < 0 ? userInfo : userInfo.left(c), QStringLiteral("user name"));
        if (!user)
            return user.error();
        p.user = user.value();
        if (c >= 0) {
            const auto password = decode(userInfo.mid(c + 1), QStringLiteral("password"));
            if (!password)
                return password.error();
            parsed.password = password.value();
        }
    }

    QStringView portText;
    if (hostPort.startsWith(u'[')) { // [::1]:5432
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return urlError(
                QStringLiteral("unclosed '[' in the host \"%1\"").arg(hostPort.toString()));
        p.host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return urlError(
                    QStringLiteral("unexpected \"%1\" after the host").arg(after.toString()));
            portText = after.mid(1);
        }
    } else if (const qsizetype c = hostPort.lastIndexOf(u':'); c >= 0) {
        const auto host = decode(hostPort.left(c), QStringLiteral("host"));
        if (!host)
            return host.error();
        p.host = host.value();
        portText = hostPort.mid(c + 1);
    } else {
        const auto host = decode(hostPort, QStringLiteral("host"));
        if (!host)
            return host.error();
        p.host = host.value();
    }
    if (!portText.isEmpty()) {
        const auto port = parsePort(portText.toString(), QStringLiteral("port"));
        if (!port)
            return port.error();
        p.port = port.value();
    } else if (hostPort.endsWith(u':')) {
        return urlError(QStringLiteral("empty port after \"%1\"").arg(hostPort.toString()));
    }

    if (path.contains(u'/'))
        return urlError(QStringLiteral("the database name \"%1\" contains '/' (percent-encode it "
                                       "as %2F)")
                            .arg(path.toString()));
    const auto database = decode(path, QStringLiteral("database name"));
    if (!database)
        return database.error();
    p.database = database.value();

    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return urlError(
                QStringLiteral("URL parameter \"%1\" is not key=value").arg(pair.toString()));
        const QString key = pair.left(eq).toString();
        const auto decoded = decode(pair.mid(eq + 1), QStringLiteral("parameter %1").arg(key));
        if (!decoded)
            return decoded.error();
        const QString value = decoded.value();
        if (key == u"connect_timeout") {
            const auto s = parseSeconds(value, key);
            if (!s)
                return s.error();
            p.connectTimeoutSeconds = s.value();
        } else if (key == u"query_timeout" || key == u"statement_timeout") {
            const auto s = parseSeconds(value, key);
            if (!s)
                return s.error();
            p.queryTimeoutSeconds = s.value();
        } else if (key == u"sslmode" || key == u"ssl-mode" || key == u"ssl_mode") {
            // MySQL spells them upper-case with underscores (REQUIRED, VERIFY_IDENTITY).
            QString mode = value.toLower().replace(u'_', u'-');
            if (mode == u"disabled")
                mode = QStringLiteral("disable");
            else if (mode == u"preferred")
                mode = QStringLiteral("prefer");
            else if (mode == u"required")
                mode = QStringLiteral("require");
            else if (mode == u"verify-identity")
                mode = QStringLiteral("verify-full");
            if (!isKnownSslMode(mode))
                return urlError(QStringLiteral("unknown %1 \"%2\" (expected disable, prefer, "
                                               "require, verify-ca or verify-full)")
                                    .arg(key, value));
            p.sslMode = mode;
        } else if (key == u"sslrootcert" || key == u"ssl-ca" || key == u"ssl_ca" ||
                   key == u"sslca") {
            p.sslCaFile = value;
        } else if (key == u"sslcert" || key == u"ssl-cert" || key == u"ssl_cert") {
            p.sslCertFile = value;
        } else if (key == u"sslkey" || key == u"ssl-key" || key == u"ssl_key") {
            p.sslKeyFile = value;
        } else if (key == u"user") {
            p.user = value;
        } else if (key == u"password") {
            parsed.password = value;
        } else if ((key == u"dbname" && postgres) || (key == u"database" && mysql)) {
            p.database = value;
        } else if (key == u"port") {
            const auto port = parsePort(value, QStringLiteral("parameter port"));
            if (!port)
                return port.error();
            p.port = port.value();
        } else if (postgres && key == u"host") {
            // libpq: a host starting with '/' is the directory of the unix socket.
            if (value.startsWith(u'/')) {
                p.socket = value;
                p.host.clear();
            } else {
                p.host = value;
            }
        } else if (mysql && key == u"socket") {
            p.socket = value;
        } else if (key == u"application_name" || key == u"charset") {
            // Accepted for compatibility with URLs users already have; we set our own.
        } else {
            return urlError(QStringLiteral("unknown URL parameter \"%1\" for %2").arg(key, scheme));
        }
    }
    if (p.host.isEmpty() && p.socket.isEmpty() && mysql)
        p.host = QStringLiteral("localhost");
    if (!p.socket.isEmpty() && mysql && !p.host.isEmpty() && p.host != u"localhost")
        return urlError(
            QStringLiteral("both a host (%1) and a socket (%2) are given").arg(p.host, p.socket));
    return parsed;
}

} // namespace schemata::connect
