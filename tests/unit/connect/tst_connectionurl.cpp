#include "connect/connectionerror.h"
#include "connect/connectionprofile.h"

#include <QTest>

using namespace schemata;
using namespace schemata::connect;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(schemata::connect::ConnectionFailure)
Q_DECLARE_METATYPE(schemata::connect::TlsFailure)

// The URL forms users already type (libpq, MySQL clients, SQLAlchemy-style sqlite:),
// and the errors for the ones that are wrong: each must name the part that is wrong.
class TestConnectionUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("socket");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("pg full") << u"postgresql://alice:s3cret@db.example.com:6543/shop"_s
                                 << u"postgres"_s << u"alice"_s << u"s3cret"_s
                                 << u"db.example.com"_s << 6543 << QString() << u"shop"_s
                                 << QString();
        QTest::newRow("pg short scheme, no port")
            << u"postgres://bob@localhost/app"_s << u"postgres"_s << u"bob"_s << QString()
            << u"localhost"_s << 0 << QString() << u"app"_s << QString();
        QTest::newRow("pg unix socket")
            << u"postgresql://postgres@/shop?host=/tmp/pg%20dir"_s << u"postgres"_s << u"postgres"_s
            << QString() << QString() << 0 << u"/tmp/pg dir"_s << u"shop"_s << QString();
        QTest::newRow("pg empty authority socket")
            << u"postgresql:///shop?host=/run/postgresql&port=5433"_s << u"postgres"_s << QString()
            << QString() << QString() << 5433 << u"/run/postgresql"_s << u"shop"_s << QString();
        QTest::newRow("pg sslmode")
            << u"postgresql://u@h/d?sslmode=verify-full"_s << u"postgres"_s << u"u"_s << QString()
            << u"h"_s << 0 << QString() << u"d"_s << u"verify-full"_s;
        QTest::newRow("pg encoded password with @ and :")
            << u"postgresql://u:p%40ss%3Aword@h:5432/d"_s << u"postgres"_s << u"u"_s
            << u"p@ss:word"_s << u"h"_s << 5432 << QString() << u"d"_s << QString();
        QTest::newRow("pg raw @ in password (last @ splits)")
            << u"postgresql://u:p@ss@h/d"_s << u"postgres"_s << u"u"_s << u"p@ss"_s << u"h"_s << 0
            << QString() << u"d"_s << QString();
        QTest::newRow("pg ipv6") << u"postgresql://u@[::1]:5432/d"_s << u"postgres"_s << u"u"_s
                                 << QString() << u"::1"_s << 5432 << QString() << u"d"_s
                                 << QString();
        QTest::newRow("mysql") << u"mysql://root@127.0.0.1:3307/sakila"_s << u"mysql"_s << u"root"_s
                               << QString() << u"127.0.0.1"_s << 3307 << QString() << u"sakila"_s
                               << QString();
        QTest::newRow("mariadb socket")
            << u"mariadb://root@localhost/db?socket=/tmp/my.sock"_s << u"mariadb"_s << u"root"_s
            << QString() << u"localhost"_s << 0 << u"/tmp/my.sock"_s << u"db"_s << QString();
        QTest::newRow("mysql ssl-mode spelling")
            << u"mysql://u@h/d?ssl-mode=REQUIRED"_s << u"mysql"_s << u"u"_s << QString() << u"h"_s
            << 0 << QString() << u"d"_s << u"require"_s;
        QTest::newRow("mysql no host = localhost")
            << u"mysql://root@/d"_s << u"mysql"_s << u"root"_s << QString() << u"localhost"_s << 0
            << QString() << u"d"_s << QString();
        QTest::newRow("sqlite path")
            << u"sqlite:/var/lib/app.db"_s << u"sqlite"_s << QString() << QString() << QString()
            << 0 << QString() << u"/var/lib/app.db"_s << QString();
        QTest::newRow("sqlite triple slash")
            << u"sqlite:///abs/path.db"_s << u"sqlite"_s << QString() << QString() << QString() << 0
            << QString() << u"/abs/path.db"_s << QString();
        QTest::newRow("sqlite relative")
            << u"sqlite:data/app.db"_s << u"sqlite"_s << QString() << QString() << QString() << 0
            << QString() << u"data/app.db"_s << QString();
        QTest::newRow("scheme is case-insensitive")
            << u"PostgreSQL://u@h/d"_s << u"postgres"_s << u"u"_s << QString() << u"h"_s << 0
            << QString() << u"d"_s << QString();
    }
    void valid()
    {
        QFETCH(QString, url);
        const auto parsed = parseConnectionUrl(url);
        if (!parsed)
            QFAIL(qPrintable(parsed.error().toString()));
        const ConnectionProfile& p = parsed.value().profile;
        QTEST(p.dialect, "dialect");
        QTEST(p.user, "user");
        QTEST(parsed.value().password, "password");
        QTEST(p.host, "host");
        QTEST(p.port, "port");
        QTEST(p.socket, "socket");
        QTEST(p.database, "database");
        QTEST(p.sslMode, "sslMode");
    }

    void timeouts()
    {
        const auto parsed =
            parseConnectionUrl(u"postgresql://u@h/d?connect_timeout=3&statement_timeout=7"_s);
        if (!parsed)
            QFAIL(qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().profile.connectTimeoutSeconds, 3);
        QCOMPARE(parsed.value().profile.queryTimeoutSeconds, 7);
        const auto ro = parseConnectionUrl(u"sqlite:/x.db?mode=ro"_s);
        if (!ro)
            QFAIL(qPrintable(ro.error().toString()));
        QVERIFY(ro.value().profile.readOnly);
    }

    void passwordNeverInDisplay()
    {
        const auto parsed = parseConnectionUrl(u"postgresql://u:topsecret@h:5432/d"_s);
        if (!parsed)
            QFAIL(qPrintable(parsed.error().toString()));
        QCOMPARE(parsed.value().password, u"topsecret"_s);
        QCOMPARE(displayUrl(parsed.value().profile), u"postgresql://u@h:5432/d"_s);
        QVERIFY(!displayUrl(parsed.value().profile).contains(u"topsecret"_s));
    }

    // TLS files in both spellings (libpq's for postgresql://, MySQL's for mysql://; either
    // is accepted for every scheme), percent-decoded like every other parameter.
    void tlsFiles_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::newRow("libpq")
            << u"postgresql://u@h/d?sslmode=verify-full&sslrootcert=/etc/ssl/db-ca.pem"
               "&sslcert=/home/u/.pg/client.crt&sslkey=/home/u/.pg/client.key"_s
            << u"verify-full"_s << u"/etc/ssl/db-ca.pem"_s << u"/home/u/.pg/client.crt"_s
            << u"/home/u/.pg/client.key"_s;
        QTest::newRow("libpq verify-ca, CA only")
            << u"postgres://u@h/d?sslmode=verify-ca&sslrootcert=ca.pem"_s << u"verify-ca"_s
            << u"ca.pem"_s << QString() << QString();
        QTest::newRow("mysql")
            << u"mysql://u@h/d?ssl-mode=REQUIRED&ssl-ca=/etc/mysql/ca.pem&ssl-cert=/c.pem"
               "&ssl-key=/k.pem"_s
            << u"require"_s << u"/etc/mysql/ca.pem"_s << u"/c.pem"_s << u"/k.pem"_s;
        QTest::newRow("mysql VERIFY_IDENTITY, underscores")
            << u"mariadb://u@h/d?ssl_mode=VERIFY_IDENTITY&ssl_ca=/ca.pem"_s << u"verify-full"_s
            << u"/ca.pem"_s << QString() << QString();
        QTest::newRow("mysql VERIFY_CA")
            << u"mysql://u@h/d?ssl-mode=VERIFY_CA&ssl-ca=/ca.pem"_s << u"verify-ca"_s
            << u"/ca.pem"_s << QString() << QString();
        QTest::newRow("libpq spelling on mysql")
            << u"mysql://u@h/d?sslmode=require&sslrootcert=/ca.pem"_s << u"require"_s
            << u"/ca.pem"_s << QString() << QString();
        QTest::newRow("percent-encoded space in a path")
            << u"postgresql://u@h/d?sslrootcert=/tmp/my%20certs/ca.pem"_s << QString()
            << u"/tmp/my certs/ca.pem"_s << QString() << QString();
    }
    void tlsFiles()
    {
        QFETCH(QString, url);
        const auto parsed = parseConnectionUrl(url);
        if (!parsed)
            QFAIL(qPrintable(parsed.error().toString()));
        const ConnectionProfile& p = parsed.value().profile;
        QTEST(p.sslMode, "sslMode");
        QTEST(p.sslCaFile, "ca");
        QTEST(p.sslCertFile, "cert");
        QTEST(p.sslKeyFile, "key");
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions"); // the error names the wrong part
        QTest::newRow("no scheme") << u"localhost/db"_s << u"no scheme"_s;
        QTest::newRow("unknown scheme") << u"oracle://u@h/d"_s << u"oracle"_s;
        QTest::newRow("missing //") << u"postgresql:u@h/d"_s << u"//"_s;
        QTest::newRow("port not a number") << u"postgresql://u@h:54x2/d"_s << u"54x2"_s;
        QTest::newRow("port out of range") << u"mysql://u@h:70000/d"_s << u"70000"_s;
        QTest::newRow("empty port") << u"mysql://u@h:/d"_s << u"empty port"_s;
        QTest::newRow("bad escape") << u"postgresql://u:p%zz@h/d"_s << u"password"_s;
        QTest::newRow("unknown parameter")
            << u"postgresql://u@h/d?frobnicate=1"_s << u"frobnicate"_s;
        QTest::newRow("bad sslmode") << u"postgresql://u@h/d?sslmode=maybe"_s << u"maybe"_s;
        QTest::newRow("bad ssl-mode") << u"mysql://u@h/d?ssl-mode=SOMETIMES"_s << u"SOMETIMES"_s;
        QTest::newRow("bad escape in a CA path")
            << u"postgresql://u@h/d?sslrootcert=/ca%zz.pem"_s << u"sslrootcert"_s;
        QTest::newRow("bad timeout") << u"postgresql://u@h/d?connect_timeout=soon"_s << u"soon"_s;
        QTest::newRow("slash in database") << u"postgresql://u@h/a/b"_s << u"a/b"_s;
        QTest::newRow("unclosed ipv6") << u"postgresql://u@[::1/d"_s << u"["_s;
        QTest::newRow("sqlite without file") << u"sqlite:"_s << u"no file"_s;
        QTest::newRow("sqlite with host") << u"sqlite://host/x.db"_s << u"host"_s;
        QTest::newRow("empty") << QString() << u"no scheme"_s;
    }
    void invalid()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        const auto parsed = parseConnectionUrl(url);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().toString()));
    }

    // The classifier on the drivers' own wording (libpq 17, Connector/C 3.4, SQLite):
    // the engine tests (tst_databasesession, tst_tlsconnection) produce these for real;
    // the wording is pinned here so a driver upgrade that changes it shows up.
    void classify_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<ConnectionFailure>("expected");
        QTest::newRow("pg password")
            << u"postgres"_s
            << u"connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: FATAL:  password "
               "authentication failed for user \"alice\""_s
            << QString() << ConnectionFailure::WrongPassword;
        QTest::newRow("pg refused")
            << u"postgres"_s
            << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused"_s
            << QString() << ConnectionFailure::Refused;
        QTest::newRow("pg timeout")
            << u"postgres"_s << u"timeout expired"_s << QString() << ConnectionFailure::Timeout;
        QTest::newRow("pg tls required")
            << u"postgres"_s << u"server does not support SSL, but SSL was required"_s << QString()
            << ConnectionFailure::Tls;
        QTest::newRow("pg hba no encryption")
            << u"postgres"_s
            << u"FATAL:  no pg_hba.conf entry for host \"10.0.0.2\", user \"u\", database \"d\", "
               "no encryption"_s
            << QString() << ConnectionFailure::Tls;
        QTest::newRow("pg unknown db")
            << u"postgres"_s << u"FATAL:  database \"nope\" does not exist"_s << QString()
            << ConnectionFailure::UnknownDatabase;
        QTest::newRow("pg unknown host")
            << u"postgres"_s
            << u"could not translate host name \"nohost.invalid\" to address: Name or service "
               "not known"_s
            << QString() << ConnectionFailure::UnknownHost;
        QTest::newRow("mysql access denied")
            << u"mysql"_s << u"Access denied for user 'alice'@'localhost' (using password: YES)"_s
            << u"1045"_s << ConnectionFailure::WrongPassword;
        QTest::newRow("mysql unknown db") << u"mariadb"_s << u"Unknown database 'nope'"_s
                                          << u"1049"_s << ConnectionFailure::UnknownDatabase;
        QTest::newRow("mysql refused")
            << u"mysql"_s << u"Can't connect to server on '127.0.0.1' (111)"_s << u"2002"_s
            << ConnectionFailure::Refused;
        QTest::newRow("mysql tls") << u"mysql"_s << u"TLS/SSL error: unknown error number"_s
                                   << u"2026"_s << ConnectionFailure::Tls;
        QTest::newRow("mysql lost during handshake")
            << u"mysql"_s
            << u"Lost connection to server at 'handshake: reading initial communication "
               "packet', system error: 110"_s
            << u"2013"_s << ConnectionFailure::Timeout;
    }
    // Which TLS failure, since each wants a different fix; libpq 17's and Connector/C's
    // wording as tst_tlsconnection gets it from the real servers.
    void classifyTls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TlsFailure>("expected");
        QTest::newRow("pg server without TLS")
            << u"connection to server at \"127.0.0.1\", port 5 failed: server does not support "
               "SSL, but SSL was required"_s
            << TlsFailure::ServerWithoutTls;
        QTest::newRow("connector/c server without TLS")
            << u"SSL is required, but the server does not support it"_s
            << TlsFailure::ServerWithoutTls;
        QTest::newRow("pg hostssl only")
            << u"FATAL: no pg_hba.conf entry for host \"127.0.0.1\", user \"u\", database "
               "\"postgres\", no encryption"_s
            << TlsFailure::ServerRequiresTls;
        QTest::newRow("pg wrong CA")
            << u"SSL error: certificate verify failed"_s << TlsFailure::UntrustedCertificate;
        QTest::newRow("connector/c wrong CA")
            << u"TLS/SSL error: self-signed certificate in certificate chain"_s
            << TlsFailure::UntrustedCertificate;
        QTest::newRow("pg host name")
            << u"server certificate for \"127.0.0.1\" (and 1 other name) does not match host "
               "name \"127.0.0.2\""_s
            << TlsFailure::HostNameMismatch;
        QTest::newRow("connector/c host name")
            << u"TLS/SSL error: Hostname verification failed"_s << TlsFailure::HostNameMismatch;
        QTest::newRow("pg no CA file")
            << u"root certificate file \"/root/.postgresql/root.crt\" does not exist"_s
            << TlsFailure::NoCaFile;
        QTest::newRow("pg client certificate")
            << u"FATAL: connection requires a valid client certificate"_s
            << TlsFailure::ClientCertificate;
        QTest::newRow("pg certificate login")
            << u"FATAL: certificate authentication failed for user \"u\""_s
            << TlsFailure::ClientCertificate;
        QTest::newRow("not TLS") << u"Connection refused"_s << TlsFailure::Other;
    }
    void classifyTls()
    {
        QFETCH(QString, text);
        QFETCH(TlsFailure, expected);
        QCOMPARE(classifyTlsFailure(text), expected);
        // and libpq's wording of each is a TLS failure, not a password or a refusal
        if (expected != TlsFailure::Other)
            QCOMPARE(classifyConnectionFailure(u"postgres"_s, text), ConnectionFailure::Tls);
    }

    void classify()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(ConnectionFailure, expected);
        QCOMPARE(classifyConnectionFailure(dialect, text, code), expected);
    }
};

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connectionurl.moc"
