#include "connect/connectionerror.h"
#include "connect/databasesession.h"
#include "connect/liveimport.h"
#include "connect/mariadbdriver.h"
#include "mariadbserver.h"
#include "postgresserver.h"
#include "tlsfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

using namespace schemata;
using namespace schemata::connect;
using namespace Qt::StringLiterals;

namespace {

// One executable per dialect (CMake defines SCHEMATA_TLS_DIALECT); the cases are shared.
constexpr std::string_view kDialect = SCHEMATA_TLS_DIALECT;
constexpr bool kPostgres = kDialect == "postgres";

// A loopback port where a socket listens but never accepts or answers: the client's TLS
// request (libpq's SSLRequest, Connector/C's wait for the greeting) gets no reply.
class SilentPort
{
public:
    SilentPort()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
            ::listen(m_fd, 8) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

// TLS against real servers: one with a throw-away CA and server certificate (for
// 127.0.0.1 and localhost, listening on 127.0.0.1 and 127.0.0.2), one with TLS off. Every
// success is checked from the server's side (pg_stat_ssl / Ssl_cipher); every failure must
// be an error value that says it is about TLS and what to do — within the connect
// timeout, which ctest's time limit would catch if it hung.
class TestTlsConnection : public QObject
{
    Q_OBJECT
private:
    enginetest::PostgresServer m_pgTls;
    enginetest::PostgresServer m_pgPlain;
    enginetest::MariaDbServer m_myTls;
    enginetest::MariaDbServer m_myPlain;
    QTemporaryDir m_otherCaDir; // a CA that signed nothing the servers use
    enginetest::TlsFiles m_otherCa;

    int tlsPort() const { return kPostgres ? m_pgTls.port() : m_myTls.port(); }
    int plainPort() const { return kPostgres ? m_pgPlain.port() : m_myPlain.port(); }
    const enginetest::TlsFiles& serverFiles() const
    {
        return kPostgres ? m_pgTls.tlsFiles() : m_myTls.tlsFiles();
    }

    ConnectionProfile profile(bool tlsServer) const
    {
        ConnectionProfile p;
        p.dialect = QString::fromLatin1(kDialect.data(), qsizetype(kDialect.size()));
        p.host = u"127.0.0.1"_s;
        p.port = tlsServer ? tlsPort() : plainPort();
        p.user = u"alice"_s;
        p.database = kPostgres ? u"postgres"_s : QString();
        p.connectTimeoutSeconds = 2;
        p.queryTimeoutSeconds = 5;
        return p;
    }

    // The columns both data-driven tests share: where, who, which TLS settings.
    static void addProfileColumns()
    {
        QTest::addColumn<bool>("tlsServer");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("ca"); // "right", "wrong" or "" (none given)
        QTest::addColumn<bool>("clientCertificate");
    }
    ConnectionProfile fetchProfile() const
    {
        QFETCH(bool, tlsServer);
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, sslMode);
        QFETCH(QString, ca);
        QFETCH(bool, clientCertificate);
        ConnectionProfile p = profile(tlsServer);
        p.host = host;
        p.user = user;
        p.sslMode = sslMode;
        if (ca == u"right")
            p.sslCaFile = serverFiles().caCertificate;
        else if (ca == u"wrong")
            p.sslCaFile = m_otherCa.caCertificate;
        if (clientCertificate) {
            p.sslCertFile = serverFiles().clientCertificate;
            p.sslKeyFile = serverFiles().clientKey;
        }
        return p;
    }

    void setUpPostgres()
    {
        m_pgTls.enableTcp(true);
        m_pgPlain.enableTcp(false);
        for (enginetest::PostgresServer* server : {&m_pgTls, &m_pgPlain})
            if (const core::Status s = server->start(); !s)
                QFAIL(qPrintable(s.error().toString()));
        for (enginetest::PostgresServer* server : {&m_pgTls, &m_pgPlain}) {
            const auto admin = server->connect(u"postgres"_s);
            if (!admin)
                QFAIL(qPrintable(admin.error().toString()));
            QVERIFY(exec(admin.value(), u"CREATE ROLE alice LOGIN PASSWORD 'right horse'"_s));
            QVERIFY(exec(admin.value(), u"CREATE ROLE tls_only LOGIN PASSWORD 'right horse'"_s));
            QVERIFY(exec(admin.value(), u"CREATE ROLE tls_client LOGIN"_s));
        }
        // tls_only may log in over TLS only (hostssl); tls_client by its certificate alone.
        QFile hba(QDir(m_pgTls.dataDirectory()).filePath(u"pg_hba.conf"_s));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all trust\n"
                  "hostssl all tls_client 127.0.0.0/8 cert\n"
                  "hostssl all tls_only 127.0.0.0/8 scram-sha-256\n"
                  "host all alice 127.0.0.0/8 scram-sha-256\n");
        hba.close();
        const auto admin = m_pgTls.connect(u"postgres"_s);
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        // The postmaster reloads on SIGHUP and then passes it on to the backends, so once the
        // admin backend has a new load time, new connections get the new rules.
        const QSqlDatabase db = admin.value();
        const auto loadTime = [&db]() -> QString {
            QSqlQuery query(db);
            return query.exec(u"SELECT pg_conf_load_time()::text"_s) && query.next()
                       ? query.value(0).toString()
                       : QString();
        };
        const QString before = loadTime();
        QVERIFY(!before.isEmpty());
        QVERIFY(exec(db, u"SELECT pg_reload_conf()"_s));
        bool reloaded = false;
        for (int attempt = 0; attempt < 400 && !reloaded; ++attempt) {
            reloaded = loadTime() != before;
            if (!reloaded)
                QTest::qWait(25);
        }
        QVERIFY2(reloaded, "the server did not reload pg_hba.conf");
    }

    void setUpMariaDb()
    {
        m_myTls.enableTcp(true);
        m_myPlain.enableTcp(false);
        for (enginetest::MariaDbServer* server : {&m_myTls, &m_myPlain})
            if (const core::Status s = server->start(); !s)
                QFAIL(qPrintable(s.error().toString()));
        for (enginetest::MariaDbServer* server : {&m_myTls, &m_myPlain}) {
            const auto admin = server->connect(QString());
            if (!admin)
                QFAIL(qPrintable(admin.error().toString()));
            QVERIFY(exec(admin.value(), u"CREATE USER alice@'%' IDENTIFIED BY 'right horse'"_s));
            QVERIFY(exec(admin.value(),
                         u"CREATE USER tls_only@'%' IDENTIFIED BY 'right horse' REQUIRE SSL"_s));
            QVERIFY(exec(admin.value(),
                         u"CREATE USER tls_client@'%' REQUIRE SUBJECT '/CN=tls_client'"_s));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_otherCaDir.isValid());
        const auto other = enginetest::makeTlsFiles(m_otherCaDir.path(), u"nobody"_s);
        if (!other)
            QFAIL(qPrintable(other.error().toString()));
        m_otherCa = other.value();
        if (kPostgres)
            setUpPostgres();
        else
            setUpMariaDb();
    }

    void connects_data()
    {
        addProfileColumns();
        QTest::addColumn<bool>("encrypted");
        const QString local = u"127.0.0.1"_s;
        const QString alice = u"alice"_s;
        QTest::newRow("require") << true << local << alice << u"require"_s << QString() << false
                                 << true;
        QTest::newRow("require, with the CA file")
            << true << local << alice << u"require"_s << u"right"_s << false << true;
        QTest::newRow("prefer") << true << local << alice << u"prefer"_s << QString() << false
                                << true;
        QTest::newRow("disable") << true << local << alice << u"disable"_s << QString() << false
                                 << false;
        QTest::newRow("prefer, server without TLS")
            << false << local << alice << u"prefer"_s << QString() << false << false;
        QTest::newRow("TLS-only account over TLS")
            << true << local << u"tls_only"_s << u"require"_s << QString() << false << true;
        QTest::newRow("client certificate login")
            << true << local << u"tls_client"_s << u"verify-full"_s << u"right"_s << true << true;
        QTest::newRow("verify-ca, right CA")
            << true << local << alice << u"verify-ca"_s << u"right"_s << false << true;
        QTest::newRow("verify-full, right CA")
            << true << local << alice << u"verify-full"_s << u"right"_s << false << true;
        // For MariaDB/MySQL "localhost" means the unix socket, where there is no TLS.
        if (kPostgres)
            QTest::newRow("verify-full by the name localhost")
                << true << u"localhost"_s << alice << u"verify-full"_s << u"right"_s << false
                << true;
        QTest::newRow("verify-ca ignores the host name")
            << true << u"127.0.0.2"_s << alice << u"verify-ca"_s << u"right"_s << false << true;
        // Connector/C on its own never compares the name for 127.0.0.1 and, with no CA
        // given, lets the password vouch for any certificate; the check here is libpq's.
        QTest::newRow("verify-ca, client certificate, no password")
            << true << local << u"tls_client"_s << u"verify-ca"_s << u"right"_s << true << true;
    }
    void connects()
    {
        QFETCH(bool, encrypted);
        const ConnectionProfile p = fetchProfile();
        const QString password = p.user == u"tls_client" ? QString() : u"right horse"_s;
        const auto session = DatabaseSession::open(p, password);
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        const auto tls = session.value()->tlsStatus();
        if (!tls)
            QFAIL(qPrintable(tls.error().toString()));
        QVERIFY(tls.value().applicable);
        QCOMPARE(tls.value().encrypted, encrypted);
        const QString summary = tls.value().summary();
        if (encrypted) {
            QVERIFY2(tls.value().protocol.startsWith(u"TLSv1."_s), qPrintable(summary));
            QVERIFY2(!tls.value().cipher.isEmpty(), qPrintable(summary));
            QCOMPARE(summary, u"TLS: %1 / %2"_s.arg(tls.value().protocol, tls.value().cipher));
        } else {
            QCOMPARE(summary, u"not encrypted"_s);
        }
        qInfo("%s — %s", qPrintable(session.value()->serverVersion()), qPrintable(summary));
    }

    // Each failure: an error value, classified as TLS (or, for a REQUIRE SSL account
    // without TLS, as the login failure the server reports, with the TLS hint), and
    // saying what to do.
    void failures_data()
    {
        addProfileColumns();
        QTest::addColumn<QStringList>("mentions");
        const QString local = u"127.0.0.1"_s;
        const QString alice = u"alice"_s;
        // The client refuses during the handshake, before the login is sent: libpq's words,
        // or Connector/C's (not the server's answer to a login that already went in clear).
        const QString refusedEarly = kPostgres ? u"server does not support SSL"_s
                                               : u"SSL is required, but the server does not"_s;
        QTest::newRow("require, server without TLS")
            << false << local << alice << u"require"_s << QString() << false
            << QStringList{u"does not support TLS"_s, u"enable TLS on the server"_s, refusedEarly};
        // As libpq: require with a CA file checks the chain (verify-ca).
        QTest::newRow("require with a CA file that did not sign the server's certificate")
            << true << local << alice << u"require"_s << u"wrong"_s << false
            << QStringList{u"not signed by a CA you trust"_s};
        QTest::newRow("require with the CA file, server without TLS")
            << false << local << alice << u"require"_s << u"right"_s << false
            << QStringList{u"does not support TLS"_s};
        QTest::newRow("TLS-only account without TLS")
            << true << local << u"tls_only"_s << u"disable"_s << QString() << false
            << QStringList{u"TLS"_s, u"sslmode require"_s};
        QTest::newRow("certificate login without a certificate")
            << true << local << u"tls_client"_s << u"require"_s << QString() << false
            << QStringList{u"client certificate"_s};
        QTest::newRow("verify-full, wrong CA")
            << true << local << alice << u"verify-full"_s << u"wrong"_s << false
            << QStringList{u"not signed by a CA you trust"_s, m_otherCa.caCertificate};
        QTest::newRow("verify-ca, wrong CA")
            << true << local << alice << u"verify-ca"_s << u"wrong"_s << false
            << QStringList{u"not signed by a CA you trust"_s, u"set the CA file"_s};
        // No password to vouch for the server either way: the CA decides alone.
        QTest::newRow("verify-ca, wrong CA, client certificate login")
            << true << local << u"tls_client"_s << u"verify-ca"_s << u"wrong"_s << true
            << QStringList{u"not signed by a CA you trust"_s};
        QTest::newRow("verify-full, host name mismatch")
            << true << u"127.0.0.2"_s << alice << u"verify-full"_s << u"right"_s << false
            << QStringList{u"does not name the host 127.0.0.2"_s, u"verify-ca"_s};
        QTest::newRow("verify-full without a CA file")
            << true << local << alice << u"verify-full"_s << QString() << false
            << QStringList{u"needs the CA file"_s};
        QTest::newRow("verify-full, server without TLS")
            << false << local << alice << u"verify-full"_s << u"right"_s << false
            << QStringList{u"does not support TLS"_s};
        QTest::newRow("verify-ca, server without TLS")
            << false << local << alice << u"verify-ca"_s << u"right"_s << false
            << QStringList{u"does not support TLS"_s};
    }
    void failures()
    {
        QFETCH(QStringList, mentions);
        const ConnectionProfile p = fetchProfile();
        const auto session =
            DatabaseSession::open(p, p.user == u"tls_client" ? QString() : u"right horse"_s);
        if (session)
            QFAIL("connected, but the connection must fail");
        const QString message = session.error().message;
        qInfo("%s", qPrintable(message));
        for (const QString& mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(message));
    }

    // A server that never answers the TLS request: an error naming the timeout, not a hang.
    void silentServerTimesOut()
    {
        SilentPort silent;
        QVERIFY(silent.port() != 0);
        ConnectionProfile p = profile(true);
        p.port = silent.port();
        p.sslMode = u"require"_s;
        p.sslCaFile = serverFiles().caCertificate;
        QElapsedTimer timer; // printed for the log, not asserted on
        timer.start();
        const auto session = DatabaseSession::open(p, u"right horse"_s);
        qInfo("gave up after %lld ms", timer.elapsed());
        if (session)
            QFAIL("connected to a server that never answers");
        QVERIFY2(session.error().message.contains(u"timed out after 2 s"_s),
                 qPrintable(session.error().toString()));
    }

#ifdef SCHEMATA_TLS_MARIADB
    // The modes that require TLS reach MariaDB through MariaDbDriver (Connector/C
    // directly), disable and prefer through QMYSQL. Whatever the session reads must not depend on
    // which: the same catalog gives the same model, the same query the same values.
    void verifiedSessionReadsAsQmysqlDoes()
    {
        const auto admin = m_myTls.connect(QString());
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList schema = {
            u"CREATE DATABASE shop"_s,
            u"CREATE TABLE shop.customer (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, "
            "email VARCHAR(200) NOT NULL UNIQUE COMMENT 'it''s \\ \"quoted\"', "
            "tier ENUM('free','pro') NOT NULL DEFAULT 'free', "
            "born DATE, balance DECIMAL(12,2) DEFAULT 0.50, flags BIT(4), "
            "CHECK (balance >= 0))"_s,
            u"CREATE TABLE shop.`order` (id INT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT "
            "UNSIGNED NOT NULL, placed DATETIME(3) NOT NULL, note TEXT, total DOUBLE AS "
            "(1.5 * id) VIRTUAL, CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) "
            "REFERENCES shop.customer (id) ON DELETE CASCADE, INDEX ix_placed (placed DESC))"_s,
            u"CREATE VIEW shop.big_orders AS SELECT id, customer_id FROM shop.`order` "
            "WHERE total > 10"_s,
            u"INSERT INTO shop.customer (email, tier, born, balance, flags) VALUES "
            "('ann@example.org', 'pro', '1990-02-03', 12.25, b'1010'), "
            "('bo''b\\\\@example.org', 'free', NULL, 0, NULL)"_s,
            u"INSERT INTO shop.`order` (customer_id, placed, note) VALUES "
            "(1, '2026-01-02 03:04:05.678', 'first ✓'), (2, '2026-02-01 00:00:00', NULL)"_s,
            u"GRANT SELECT ON shop.* TO alice@'%'"_s,
        };
        for (const QString& sql : schema)
            QVERIFY(exec(admin.value(), sql));

        ConnectionProfile verified = profile(true);
        verified.database = u"shop"_s;
        verified.sslMode = u"verify-full"_s;
        verified.sslCaFile = serverFiles().caCertificate;
        ConnectionProfile plain = verified;
        plain.sslMode = u"prefer"_s; // QMYSQL (still encrypted: the server offers TLS)
        const auto a = DatabaseSession::open(verified, u"right horse"_s);
        const auto b = DatabaseSession::open(plain, u"right horse"_s);
        if (!a)
            QFAIL(qPrintable(a.error().toString()));
        if (!b)
            QFAIL(qPrintable(b.error().toString()));
        QVERIFY(qobject_cast<MariaDbDriver*>(a.value()->database().driver()) != nullptr);
        QCOMPARE(b.value()->database().driverName(), u"QMYSQL"_s);

        const auto viaDriver = importDatabase(*a.value(), CatalogFilter{});
        const auto viaQmysql = importDatabase(*b.value(), CatalogFilter{});
        if (!viaDriver)
            QFAIL(qPrintable(viaDriver.error().toString()));
        if (!viaQmysql)
            QFAIL(qPrintable(viaQmysql.error().toString()));
        QCOMPARE(viaDriver.value().model.tables.size(), 2);
        QCOMPARE(viaDriver.value().model.views.size(), 1);
        QVERIFY(viaDriver.value().model == viaQmysql.value().model);
        QCOMPARE(viaDriver.value().report.notes, viaQmysql.value().report.notes);

        // Values and their types (QMYSQL's text protocol, as here).
        const QString sql =
            u"SELECT c.id, c.email, c.tier, c.born, c.balance, c.flags, o.placed, o.note, "
            "o.total, 42 AS number, NULL AS nothing FROM customer c LEFT JOIN `order` o "
            "ON o.customer_id = c.id ORDER BY c.id"_s;
        const auto rows = [&](const QSqlDatabase& db) {
            QSqlQuery query(db);
            QStringList out;
            if (!query.exec(sql))
                return QStringList{query.lastError().text()};
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant v = query.value(i);
                    cells << u"%1:%2:%3"_s.arg(query.record().fieldName(i),
                                               QString::fromLatin1(v.typeName()),
                                               v.isNull() ? u"NULL"_s : v.toString());
                }
                out << cells.join(u" | "_s);
            }
            return out;
        };
        const QStringList mine = rows(a.value()->database());
        qInfo("%s", qPrintable(mine.join(u'\n')));
        QCOMPARE(mine.size(), 2);
        const QStringList theirs = rows(b.value()->database());
        for (qsizetype i = 0; i < qMin(mine.size(), theirs.size()); ++i)
            QCOMPARE(mine.at(i).split(u" | "_s), theirs.at(i).split(u" | "_s));
        QCOMPARE(mine.size(), theirs.size());

        // Bound values go through formatValue(): a string that needs real escaping (quote,
        // backslash, double quote, non-ASCII, LIKE wildcards), a number and a NULL.
        const QString tricky = u"it's \\ \"x\" ✓ %_"_s;
        QSqlQuery bound(a.value()->database());
        QVERIFY(bound.prepare(u"SELECT ? AS echoed, ? AS number, ? AS nothing, "
                              "(SELECT COUNT(*) FROM customer WHERE email = ?) AS found"_s));
        bound.addBindValue(tricky);
        bound.addBindValue(42);
        bound.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        bound.addBindValue(u"bo'b\\@example.org"_s);
        QVERIFY2(bound.exec(), qPrintable(bound.lastError().text()));
        QVERIFY(bound.next());
        QCOMPARE(bound.value(0).toString(), tricky);
        QCOMPARE(bound.value(1).toInt(), 42);
        QVERIFY(bound.value(2).isNull());
        QCOMPARE(bound.value(3).toInt(), 1);
    }

    // A multi-statement query fails as a whole when a later statement fails (QMYSQL would
    // report success and leave the error unread).
    void verifiedSessionReportsLaterStatementErrors()
    {
        ConnectionProfile p = profile(true);
        p.sslMode = u"verify-ca"_s;
        p.sslCaFile = serverFiles().caCertificate;
        const auto session = DatabaseSession::open(p, u"right horse"_s);
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        QSqlQuery query(session.value()->database());
        QVERIFY(query.exec(u"SELECT 1; SELECT 2"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!query.exec(u"SELECT 1; SELECT * FROM no_such_db.no_such_table"_s));
        QVERIFY2(query.lastError().text().contains(u"no_such"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT 3"_s)); // the connection is still usable
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }
#endif

    // SQLite has no connection to encrypt: the status says so instead of "not encrypted".
    void sqliteNotApplicable()
    {
        QTemporaryDir dir;
        ConnectionProfile p;
        p.dialect = u"sqlite"_s;
        p.database = dir.filePath(u"local.db"_s);
        {
            QFile file(p.database);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto session = DatabaseSession::open(p, {});
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        const auto tls = session.value()->tlsStatus();
        if (!tls)
            QFAIL(qPrintable(tls.error().toString()));
        QVERIFY(!tls.value().applicable);
        QCOMPARE(tls.value().summary(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTlsConnection)
#include "tst_tlsconnection.moc"
