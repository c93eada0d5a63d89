#include "mariadbserver.h"
#include "postgresserver.h"
#include "sqlitedatabase.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace schemata::enginetest;

// The fixtures themselves: they start real servers quickly, serve SQL over the unix
// socket only, and leave no process or directory behind.
class TestEngineFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresLifecycle()
    {
        qint64 pid = 0;
        QString dir;
        QString data;
        {
            PostgresServer server;
            const auto started = server.start();
            QVERIFY2(started.ok(),
                     qPrintable(started.ok() ? QString() : started.error().toString()));
            pid = server.pid();
            dir = server.socketDirectory();
            data = server.dataDirectory();
            qInfo("PostgreSQL start-up: %lld ms", server.startupMilliseconds());
            QVERIFY2(server.startupMilliseconds() < 5000,
                     "PostgreSQL fixture start-up must stay under 5 s");
            QVERIFY(QFileInfo::exists(dir + QStringLiteral("/.s.PGSQL.5432")));

            auto db = server.createDatabase(QStringLiteral("fixture check"));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            QSqlQuery query(db.value());
            QVERIFY(query.exec(
                QStringLiteral("SELECT current_database(), current_setting('listen_addresses'), "
                               "current_setting('fsync')")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("fixture check"));
            QCOMPARE(query.value(1).toString(), QString()); // no TCP listener
            QCOMPARE(query.value(2).toString(), QStringLiteral("off"));
            // A second createDatabase() of the same name starts from empty again.
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x int)")));
            query = QSqlQuery();
            db = server.createDatabase(QStringLiteral("fixture check"));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            QSqlQuery again(db.value());
            QVERIFY(
                again.exec(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 't'")));
            QVERIFY(again.next());
            QCOMPARE(again.value(0).toInt(), 0);
        }
        QVERIFY2(processGone(pid), "postgres postmaster still running after teardown");
        QCOMPARE(processesMentioning(data), QList<qint64>());
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir + QStringLiteral(" left behind")));
    }

    void mariadbLifecycle()
    {
        qint64 pid = 0;
        QString dir;
        {
            MariaDbServer server;
            const auto started = server.start();
            QVERIFY2(started.ok(),
                     qPrintable(started.ok() ? QString() : started.error().toString()));
            pid = server.pid();
            dir = QFileInfo(server.socketPath()).path();
            qInfo("MariaDB start-up: %lld ms", server.startupMilliseconds());
            QVERIFY2(server.startupMilliseconds() < 5000,
                     "MariaDB fixture start-up must stay under 5 s");

            auto db = server.createDatabase(QStringLiteral("fixture check"));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            QSqlQuery query(db.value());
            QVERIFY(query.exec(QStringLiteral("SELECT DATABASE(), @@skip_networking, @@socket")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("fixture check"));
            QCOMPARE(query.value(1).toInt(), 1);
            QCOMPARE(query.value(2).toString(), server.socketPath());
        }
        QVERIFY2(processGone(pid), "mariadbd still running after teardown");
        QCOMPARE(processesMentioning(dir), QList<qint64>());
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir + QStringLiteral(" left behind")));
    }

    void startFailureIsExplained()
    {
        // A server that does not come up in time must say why, with its own log, and
        // must not be left running. The postmaster cannot be ready 1 ms after fork.
        PostgresServer server;
        QVERIFY(!server.connect(QStringLiteral("postgres")).ok());
        const auto started = server.start(std::chrono::milliseconds(1));
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("not ready after 1 ms")),
                 qPrintable(started.error().toString()));
        QVERIFY2(started.error().message.contains(QStringLiteral("server log:")),
                 qPrintable(started.error().toString()));
        QVERIFY(!server.isRunning());
        QVERIFY(processGone(server.pid()));
    }

    void sqliteDatabase()
    {
        SqliteDatabase sqlite;
        auto db = sqlite.createDatabase(QStringLiteral("a b"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QSqlQuery query(db.value());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineFixtures)
#include "tst_enginefixtures.moc"
