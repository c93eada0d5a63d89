#include "tlsfiles.h"

#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace schemata::enginetest {

namespace {

// Our own configuration instead of the system openssl.cnf, whose defaults (v3_ca on every
// "req -x509") would make the server certificate a CA too.
constexpr char kConfig[] = R"([req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, DNS:localhost
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
)";

} // namespace

core::Result<TlsFiles> makeTlsFiles(const QString& directory, const QString& clientName)
{
    const auto openssl = requireExecutable(QStringLiteral("openssl"),
                                           {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (!openssl)
        return openssl.error();
    const QDir dir(directory);
    const QString config = dir.filePath(QStringLiteral("openssl.cnf"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly) || file.write(kConfig) != qint64(sizeof kConfig - 1))
            return core::Error{config, QStringLiteral("cannot write the openssl configuration")};
    }
    TlsFiles files;
    files.caCertificate = dir.filePath(QStringLiteral("ca.crt"));
    files.serverCertificate = dir.filePath(QStringLiteral("server.crt"));
    files.serverKey = dir.filePath(QStringLiteral("server.key"));
    files.clientCertificate = dir.filePath(QStringLiteral("client.crt"));
    files.clientKey = dir.filePath(QStringLiteral("client.key"));
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString log = dir.filePath(QStringLiteral("openssl.log"));

    // One "req -x509" per certificate: OpenSSL 3 signs with -CA/-CAkey directly.
    const auto make = [&](const QString& extensions, const QString& subject, const QString& key,
                          const QString& certificate, bool selfSigned) {
        QStringList args{QStringLiteral("req"),
                         QStringLiteral("-x509"),
                         QStringLiteral("-config"),
                         config,
                         QStringLiteral("-extensions"),
                         extensions,
                         QStringLiteral("-newkey"),
                         QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-noenc"),
                         QStringLiteral("-keyout"),
                         key,
                         QStringLiteral("-out"),
                         certificate,
                         QStringLiteral("-days"),
                         QStringLiteral("2"),
                         QStringLiteral("-subj"),
                         subject};
        if (!selfSigned)
            args << QStringLiteral("-CA") << files.caCertificate << QStringLiteral("-CAkey")
                 << caKey;
        return runTool(openssl.value(), args, directory, log, std::chrono::seconds(30));
    };
    if (const core::Status s = make(QStringLiteral("ca"), QStringLiteral("/CN=Schemata test CA"),
                                    caKey, files.caCertificate, true);
        !s)
        return s.error();
    if (const core::Status s = make(QStringLiteral("server"), QStringLiteral("/CN=localhost"),
                                    files.serverKey, files.serverCertificate, false);
        !s)
        return s.error();
    if (const core::Status s = make(QStringLiteral("client"), QStringLiteral("/CN=") + clientName,
                                    files.clientKey, files.clientCertificate, false);
        !s)
        return s.error();
    // libpq refuses a client key that others can read; PostgreSQL the same for its own.
    for (const QString& key : {files.serverKey, files.clientKey, caKey})
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    return files;
}

core::Result<int> freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return core::Error{QStringLiteral("freeLoopbackPort"), QStringLiteral("socket() failed")};
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    ::close(fd);
    if (!ok)
        return core::Error{QStringLiteral("freeLoopbackPort"),
                           QStringLiteral("cannot bind a port on 127.0.0.1")};
    return int(ntohs(address.sin_port));
}

} // namespace schemata::enginetest
