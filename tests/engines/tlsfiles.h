#pragma once

#include "core/result.h"

#include <QString>

namespace schemata::enginetest {

// A throw-away certificate authority and certificates it signed, made with the openssl
// command line (EC P-256, valid for two days): what a TLS test server and its clients
// need. The server certificate names only 127.0.0.1 and localhost, so a client that
// reaches the same server through another loopback address (127.0.0.2) sees a host-name
// mismatch under verify-full while verify-ca still accepts it.
struct TlsFiles
{
    QString caCertificate;     // ca.crt: the CA a client must trust
    QString serverCertificate; // server.crt: subjectAltName IP:127.0.0.1, DNS:localhost
    QString serverKey;         // server.key (mode 0600)
    QString clientCertificate; // client.crt: CN = the client name given, for certificate login
    QString clientKey;         // client.key (mode 0600)
};

// Writes the files into `directory` (which must exist); openssl's output goes to
// directory/openssl.log and is quoted in the error when a step fails.
core::Result<TlsFiles> makeTlsFiles(const QString& directory, const QString& clientName);

// A loopback TCP port that nobody listens on right now (bound to port 0, read, released)
// for a server started next. Another process could take it in between: a race tests
// accept, since the server then fails to start with a clear "address in use".
core::Result<int> freeLoopbackPort();

} // namespace schemata::enginetest
