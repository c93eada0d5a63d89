#pragma once

#include <QString>

namespace schemata::connect {

// Which server certificate a MariaDbDriver session accepts. Every session requires TLS
// before the login is sent; the checks run inside the TLS handshake.
enum class MariaDbCertificateCheck
{
    None,         // sslmode require without a CA file: encrypted, any certificate (as libpq)
    Chain,        // verify-ca, and require with a CA file (as libpq): signed by the CA file
    ChainAndHost, // sslmode verify-full: signed by the CA file and naming the host dialled
};

// What a MariaDbDriver session needs beyond QSqlDatabase's host, port, user, password
// and database name.
struct MariaDbTlsSettings
{
    MariaDbCertificateCheck check = MariaDbCertificateCheck::ChainAndHost;
    QString caFile;   // the CA the certificate must chain to (required unless check is None)
    QString certFile; // optional client certificate (REQUIRE X509 / SUBJECT accounts)
    QString keyFile;
    unsigned connectTimeoutSeconds = 10;
    // Connector/C's read/write timeouts, which also bound a silent handshake.
    unsigned ioTimeoutSeconds = 30;
};

} // namespace schemata::connect
