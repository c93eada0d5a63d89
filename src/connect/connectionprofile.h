#pragma once

#include "core/result.h"

#include <QString>

namespace schemata::connect {

// Where and how to connect. Never holds a password in anything that is saved: the
// password lives in the system keychain (app layer) or is passed per session.
struct ConnectionProfile
{
    QString dialect;   // "postgres", "mariadb"/"mysql", "sqlite"
    QString label;     // "production"
    QString color;     // "#c0392b": so production is visibly production
    QString host;      // empty with `socket` set = unix socket
    int port = 0;      // 0 = the driver's default
    QString socket;    // PostgreSQL: socket directory; MariaDB: socket file
    QString database;  // SQLite: the file path
    QString user;
    QString sslMode;   // PostgreSQL sslmode / MariaDB ssl: "disable", "prefer", "require", "verify-full"
    bool readOnly = false;
    int connectTimeoutSeconds = 10;
    int queryTimeoutSeconds = 60;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

// postgresql://user[:password]@host[:port]/db[?host=/socket/dir&sslmode=…],
// postgres://…, mysql://user@host[:port]/db[?socket=/path], mariadb://…,
// sqlite:/path/to/file.db, sqlite:///abs/path.db. A password in the URL is returned
// separately (never stored in the profile). Errors name the part that is wrong.
struct ParsedUrl
{
    ConnectionProfile profile;
    QString password;
};
core::Result<ParsedUrl> parseConnectionUrl(QStringView url);

} // namespace schemata::connect
