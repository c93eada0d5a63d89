#include "connect/connectionerror.h"
#include "connect/databasesession.h"
#include "mariadbserver.h"
#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace schemata;
using namespace schemata::connect;
using namespace Qt::StringLiterals;

namespace {

// A TCP port on 127.0.0.1 that either nobody listens on (refused) or where a socket
// listens but never accepts or answers: the kernel completes the handshake, the
// client then waits for a greeting that never comes — a hung server, for real.
class LocalPort
{
public:
    explicit LocalPort(bool listening)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
            return;
        socklen_t length = sizeof address;
        ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        if (listening) {
            ::listen(m_fd, 8);
        } else {
            ::close(m_fd); // the port was just free; now nothing is bound to it
            m_fd = -1;
        }
    }
    ~LocalPort()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LocalPort(const LocalPort&) = delete;
    LocalPort& operator=(const LocalPort&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

} // namespace

class TestDatabaseSession : public QObject
{
    Q_OBJECT
private:
    enginetest::PostgresServer m_pg;
    enginetest::MariaDbServer m_my;

    ConnectionProfile pgProfile() const
    {
        ConnectionProfile p;
        p.dialect = u"postgres"_s;
        p.socket = m_pg.socketDirectory();
        p.port = 5432;
        p.user = u"postgres"_s;
        p.database = u"postgres"_s;
        p.connectTimeoutSeconds = 2;
        return p;
    }
    ConnectionProfile myProfile() const
    {
        ConnectionProfile p;
        p.dialect = u"mariadb"_s;
        p.socket = m_my.socketPath();
        p.user = u"root"_s;
        p.connectTimeoutSeconds = 2;
        p.queryTimeoutSeconds = 5;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const core::Status s = m_pg.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        if (const core::Status s = m_my.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        // A password-protected role: the fixture trusts every local connection, so
        // switch everyone but the fixture's own superuser to SCRAM.
        const auto admin = m_pg.connect(u"postgres"_s);
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        QVERIFY(exec(admin.value(), u"CREATE ROLE alice LOGIN PASSWORD 'right horse'"_s));
        QFile hba(QDir(m_pg.dataDirectory()).filePath(u"pg_hba.conf"_s));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
        hba.close();
        QVERIFY(exec(admin.value(), u"SELECT pg_reload_conf()"_s));

        const auto myAdmin = m_my.connect(QString());
        if (!myAdmin)
            QFAIL(qPrintable(myAdmin.error().toString()));
        QVERIFY(
            exec(myAdmin.value(), u"CREATE USER alice@localhost IDENTIFIED BY 'right horse'"_s));
        QVERIFY(exec(myAdmin.value(), u"CREATE DATABASE shop"_s));
        QVERIFY(exec(myAdmin.value(), u"GRANT ALL ON shop.* TO alice@localhost"_s));
    }

    void postgresOpens()
    {
        ConnectionProfile p = pgProfile();
        p.user = u"alice"_s;
        p.readOnly = true;
        const auto session = DatabaseSession::open(p, u"right horse"_s);
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        QVERIFY(session.value()->serverVersion().startsWith(u"PostgreSQL 17."_s));
        QSqlQuery query(session.value()->database());
        QVERIFY(query.exec(u"SHOW statement_timeout"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"1min"_s);
        // read-only really is read-only
        QVERIFY(!query.exec(u"CREATE TABLE t (a int)"_s));
    }

    void mariadbOpens()
    {
        ConnectionProfile p = myProfile();
        p.user = u"alice"_s;
        p.database = u"shop"_s;
        const auto session = DatabaseSession::open(p, u"right horse"_s);
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        QVERIFY2(session.value()->serverVersion().startsWith(u"MariaDB 11."_s),
                 qPrintable(session.value()->serverVersion()));
    }

    void sqliteOpensAndMissingFile()
    {
        QTemporaryDir dir;
        ConnectionProfile p;
        p.dialect = u"sqlite"_s;
        p.database = dir.filePath(u"missing.db"_s);
        const auto missing = DatabaseSession::open(p, {});
        QVERIFY(!missing);
        QVERIFY2(missing.error().toString().contains(u"no such SQLite file"_s),
                 qPrintable(missing.error().toString()));
        QVERIFY(!QFile::exists(p.database)); // and we did not create it
        {
            QFile file(p.database);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const auto session = DatabaseSession::open(p, {});
        if (!session)
            QFAIL(qPrintable(session.error().toString()));
        QVERIFY(session.value()->serverVersion().startsWith(u"SQLite 3."_s));
    }

    // Every failure: an error (never a hang), of the right kind, saying so in words.
    void failures_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pg wrong password")
            << u"pg-password"_s << u"wrong password for user 'alice'"_s;
        QTest::newRow("pg unknown database")
            << u"pg-database"_s << u"database 'nope' does not exist"_s;
        QTest::newRow("pg refused") << u"pg-refused"_s << u"connection refused by 127.0.0.1:"_s;
        QTest::newRow("pg silent server") << u"pg-silent"_s << u"timed out after 2 s"_s;
        QTest::newRow("pg missing socket") << u"pg-socket"_s << u"connection refused by socket"_s;
        QTest::newRow("my wrong password")
            << u"my-password"_s << u"wrong password for user 'alice'"_s;
        QTest::newRow("my unknown database")
            << u"my-database"_s << u"database 'nope' does not exist"_s;
        QTest::newRow("my refused") << u"my-refused"_s << u"connection refused by 127.0.0.1:"_s;
        QTest::newRow("my silent server") << u"my-silent"_s << u"timed out after 2 s"_s;
        QTest::newRow("my missing socket") << u"my-socket"_s << u"connection refused by socket"_s;
    }
    void failures()
    {
        QFETCH(QString, which);
        QFETCH(QString, expected);
        const bool pg = which.startsWith(u"pg"_s);
        ConnectionProfile p = pg ? pgProfile() : myProfile();
        QString password = u"wrong horse"_s;
        LocalPort refused(false);
        LocalPort silent(true);
        if (which.endsWith(u"-password"_s)) {
            p.user = u"alice"_s;
        } else if (which.endsWith(u"-database"_s)) {
            p.database = u"nope"_s;
            password.clear();
        } else if (which.endsWith(u"-refused"_s) || which.endsWith(u"-silent"_s)) {
            p.socket.clear();
            p.host = u"127.0.0.1"_s;
            p.port = which.endsWith(u"-refused"_s) ? refused.port() : silent.port();
        } else if (which.endsWith(u"-socket"_s)) {
            p.socket = pg ? u"/nonexistent-dir"_s : u"/nonexistent-dir/my.sock"_s;
        }
        const auto session = DatabaseSession::open(p, password);
        QVERIFY(!session);
        QVERIFY2(session.error().message.contains(expected),
                 qPrintable(session.error().toString()));
    }

    // A routable-nowhere address (TEST-NET-1): depending on the network this is an
    // immediate "unreachable" or a connect that runs into the timeout; both must come
    // back as an error naming the host, not hang.
    void unreachableHost()
    {
        for (const QString& dialect : {u"postgres"_s, u"mariadb"_s}) {
            ConnectionProfile p;
            p.dialect = dialect;
            p.host = u"192.0.2.1"_s;
            p.user = u"u"_s;
            p.database = u"d"_s;
            p.connectTimeoutSeconds = 2;
            const auto session = DatabaseSession::open(p, {});
            QVERIFY(!session);
            const QString message = session.error().message;
            QVERIFY2(message.contains(u"192.0.2.1"_s), qPrintable(message));
            QVERIFY2(message.contains(u"timed out"_s) || message.contains(u"cannot reach"_s) ||
                         message.contains(u"refused"_s),
                     qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"
