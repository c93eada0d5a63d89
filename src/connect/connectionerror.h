#pragma once

#include "connect/connectionprofile.h"

#include <QString>

namespace schemata::connect {

// What went wrong when a connection failed, as a person would say it. The driver's
// wording differs between libpq, MariaDB Connector/C and SQLite; the kind is what a
// "test connection" button and the CLI act on.
enum class ConnectionFailure
{
    WrongPassword,   // authentication failed (password or user)
    Refused,         // nothing listens on host:port / the socket file
    Timeout,         // no answer within connectTimeoutSeconds
    UnknownHost,     // name does not resolve / network unreachable
    UnknownDatabase, // the server has no such database (or SQLite file)
    Tls,             // TLS required / refused / certificate rejected
    Other,
};

// What to do differs between TLS failures, so the driver's text is classified further.
enum class TlsFailure
{
    ServerWithoutTls,     // TLS required, the server does not offer it
    ServerRequiresTls,    // the server (pg_hba hostssl) accepts this login only over TLS
    UntrustedCertificate, // the server's certificate is not signed by the CA given
    HostNameMismatch,     // verify-full: the certificate names other hosts
    NoCaFile,             // verify-ca/verify-full without a readable CA file
    ClientCertificate,    // the server wants a (valid) client certificate, or ours is unusable
    Other,
};
TlsFailure classifyTlsFailure(const QString& driverText);

// Classifies a driver's error text (and MySQL error code, when there is one).
ConnectionFailure classifyConnectionFailure(const QString& dialect, const QString& driverText,
                                            const QString& nativeCode = {});

// "wrong password for user 'alice' (…driver text…)": one line naming the profile's
// user, host:port or socket, database and the timeout, with the driver's text appended.
QString describeConnectionFailure(const ConnectionProfile& profile, ConnectionFailure failure,
                                  const QString& driverText);

// "postgres://alice@db.example:5432/shop": the profile as a URL, never with a password.
QString displayUrl(const ConnectionProfile& profile);

} // namespace schemata::connect
