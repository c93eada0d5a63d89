#include "connect/mariadbcertificatecheck.h"

#include <cstdio>
#include <cstring>
#include <errmsg.h>
#include <ma_pvio.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace schemata::connect {

namespace {

// The leading members of Connector/C's MARIADB_TLS (ma_tls.h, which cannot be included:
// it needs the uninstalled ma_hash.h). The layout is checked before it is trusted: the
// pvio must point back at this very object and the SSL session must belong to its MYSQL.
struct TlsHead
{
    void* data;
    MARIADB_PVIO* pvio;
    void* ssl;
};

// Sets the error mysql_error() reports. The wording is what classifyTlsFailure() reads:
// "certificate verify failed" for the chain, "hostname verification failed" for the name.
void refuse(MYSQL* mysql, unsigned status, const char* format, const char* detail)
{
    mysql->net.tls_verify_status |= status | MARIADB_TLS_VERIFY_ERROR;
    mysql->net.last_errno = CR_SSL_CONNECTION_ERROR;
    std::snprintf(mysql->net.last_error, sizeof mysql->net.last_error, format, detail);
    std::memcpy(mysql->net.sqlstate, "HY000", 6);
}

// 0 accepts the server; anything else refuses it before the login is sent. The flags
// Connector/C passes encode its address-based leniency, which is exactly what is replaced.
int check(void* handle, bool host)
{
    auto* tls = static_cast<TlsHead*>(handle);
    if (tls == nullptr || tls->pvio == nullptr || tls->pvio->ctls != handle ||
        tls->pvio->mysql == nullptr || tls->pvio->mysql->net.pvio != tls->pvio)
        return 1; // not the layout this was built against: no MYSQL to report through
    MYSQL* mysql = tls->pvio->mysql;
    const char* library = nullptr;
    if (mariadb_get_infov(mysql, MARIADB_TLS_LIBRARY, static_cast<void*>(&library)) != 0 ||
        library == nullptr || std::strncmp(library, "OpenSSL", 7) != 0) {
        refuse(mysql, MARIADB_TLS_VERIFY_UNKNOWN, "certificate verify failed: %s",
               "this Connector/C does not use OpenSSL, so the certificate cannot be checked");
        return 1;
    }
    SSL* ssl = static_cast<SSL*>(tls->ssl);
    if (ssl == nullptr || SSL_get_app_data(ssl) != mysql) {
        refuse(mysql, MARIADB_TLS_VERIFY_UNKNOWN, "certificate verify failed: %s",
               "the TLS session is not available to check");
        return 1;
    }
    // OpenSSL verified the chain against the CA file during the handshake and kept the
    // verdict; Connector/C let the handshake finish so that this check can decide.
    const long chain = SSL_get_verify_result(ssl);
    if (chain != X509_V_OK) {
        refuse(mysql, MARIADB_TLS_VERIFY_TRUST, "certificate verify failed: %s",
               X509_verify_cert_error_string(chain));
        return 1;
    }
    X509* certificate = SSL_get1_peer_certificate(ssl);
    if (certificate == nullptr) {
        refuse(mysql, MARIADB_TLS_VERIFY_TRUST, "certificate verify failed: %s",
               "the server sent no certificate");
        return 1;
    }
    bool named = true;
    if (host) {
        const char* dialled = mysql->host != nullptr ? mysql->host : "";
        // Subject alternative names (DNS or IP), then the common name as OpenSSL allows.
        named = dialled[0] != '\0' && (X509_check_host(certificate, dialled, 0, 0, nullptr) == 1 ||
                                       X509_check_ip_asc(certificate, dialled, 0) == 1);
        if (!named)
            refuse(mysql, MARIADB_TLS_VERIFY_HOST,
                   "hostname verification failed: the server's certificate does not name %s",
                   dialled);
    }
    X509_free(certificate);
    return named ? 0 : 1;
}

// sslmode require without a CA file. Verification stays switched on all the same: with it
// off, Connector/C 3.4 lets a server without TLS through despite MYSQL_OPT_SSL_ENFORCE.
int acceptAny(void* /*tls*/, unsigned /*flags*/)
{
    return 0;
}

int checkChain(void* tls, unsigned /*flags*/)
{
    return check(tls, false);
}

int checkChainAndHost(void* tls, unsigned /*flags*/)
{
    return check(tls, true);
}

} // namespace

bool installCertificateCheck(MYSQL* mysql, MariaDbCertificateCheck which)
{
    const my_bool on = 1;
    using Callback = int (*)(void*, unsigned);
    const Callback callback = which == MariaDbCertificateCheck::None    ? &acceptAny
                              : which == MariaDbCertificateCheck::Chain ? &checkChain
                                                                        : &checkChainAndHost;
    // Verification must be on for Connector/C to call the verifier at all (and to refuse a
    // server without TLS), and TLS enforced so such a server cannot skip the check.
    return mysql_optionsv(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on) == 0 &&
           mysql_optionsv(mysql, MYSQL_OPT_SSL_ENFORCE, &on) == 0 &&
           mysql_optionsv(mysql, MARIADB_OPT_TLS_VERIFICATION_CALLBACK,
                          reinterpret_cast<const void*>(callback)) == 0;
}

} // namespace schemata::connect
