#pragma once

#include "core/result.h"

#include <QString>

namespace schemata::connect {

// Where and how to connect. Never holds a password in anything that is saved: the
// password lives in the system keychain (app layer) or is passed per session.
struct ConnectionProfile
{
    QString dialect;  // "postgres", "mariadb"/"mysql", "sqlite"
    QString label;    // "production"
    QString color;    // "#c0392b": so production is visibly production
    QString host;     // empty with `socket` set = unix socket
    int port = 0;     // 0 = the driver's default
    QString socket;   // PostgreSQL: socket directory; MariaDB: socket file
    QString database; // SQLite: the file path
    QString user;
    QString sslMode; // "disable", "prefer", "require", "verify-ca", "verify-full"
    // TLS files, as paths only (never their contents, never a key passphrase): the CA
    // that must have signed the server's certificate (verify-ca / verify-full), and the
    // client certificate and key for servers that authenticate clients by certificate.
    QString sslCaFile;   // libpq sslrootcert / MariaDB ssl-ca
    QString sslCertFile; // libpq sslcert / MariaDB ssl-cert
    QString sslKeyFile;  // libpq sslkey / MariaDB ssl-key
    bool readOnly = false;
    int connectTimeoutSeconds = 10;
    int queryTimeoutSeconds = 60;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

// postgresql://user[:password]@host[:port]/db[?host=/socket/dir&sslmode=…&sslrootcert=…
// &sslcert=…&sslkey=…], postgres://…, mysql://user@host[:port]/db[?socket=/path&ssl-mode=…
// &ssl-ca=…&ssl-cert=…&ssl-key=…], mariadb://… (either spelling of the TLS parameters is
// accepted for every scheme),
// sqlite:/path/to/file.db, sqlite:///abs/path.db. A password in the URL is returned
// separately (never stored in the profile). Errors name the part that is wrong.
struct ParsedUrl
{
    ConnectionProfile profile;
    QString password;
};
core::Result<ParsedUrl> parseConnectionUrl(QStringView url);

} // namespace schemata::connect
