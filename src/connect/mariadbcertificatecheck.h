#pragma once

#include "connect/mariadbtlssettings.h"

#include <mysql.h>

namespace schemata::connect {

// Makes Connector/C check the server's certificate our way, inside the TLS handshake.
//
// Why not MYSQL_OPT_SSL_VERIFY_SERVER_CERT alone: Connector/C 3.4 picks the checks from
// the address dialled — it never compares the host name for 127.0.0.1, ::1 or a socket,
// and with no CA file it accepts any certificate the password can vouch for — and it has
// no chain-only (verify-ca) mode. MARIADB_OPT_TLS_VERIFICATION_CALLBACK replaces that
// whole verifier, so sslmode means the same here as in libpq: verify-ca checks the chain
// against the CA file, verify-full also the host name, for every address.
//
// MariaDbCertificateCheck::None only insists on TLS. Returns false when this client library
// rejects an option (older than 3.4): the caller must then refuse to connect rather than
// connect unverified.
bool installCertificateCheck(MYSQL* mysql, MariaDbCertificateCheck check);

} // namespace schemata::connect
