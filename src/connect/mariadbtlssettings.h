#pragma once

#include <QString>

namespace schemata::connect {

// Which server certificate a MariaDbDriver session accepts. Both are checked inside the
// TLS handshake, before any credential is sent, and both require TLS.
enum class MariaDbCertificateCheck
{
    Chain,        // sslmode verify-ca: signed by the CA file (any host name)
    ChainAndHost, // sslmode verify-full: signed by the CA file and naming the host dialled
};

// What a MariaDbDriver session needs beyond QSqlDatabase's host, port, user, password
// and database name.
struct MariaDbTlsSettings
{
    MariaDbCertificateCheck check = MariaDbCertificateCheck::ChainAndHost;
    QString caFile;   // required: the CA the server's certificate must chain to
    QString certFile; // optional client certificate (REQUIRE X509 / SUBJECT accounts)
    QString keyFile;
    unsigned connectTimeoutSeconds = 10;
    // Connector/C's read/write timeouts, which also bound a silent handshake.
    unsigned ioTimeoutSeconds = 30;
};

} // namespace schemata::connect
