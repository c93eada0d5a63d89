// `schemata migrate verify --url …` on real servers: the sample project's history (made by
// `schemata migrate new`) verified on a throw-away PostgreSQL and MariaDB through connection
// URLs, and no scratch database left behind on either server.
#include "clirun.h"
#include "mariadbserver.h"
#include "postgresserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

using schemata::clitest::CliRun;
using schemata::clitest::CliRunOptions;
using schemata::clitest::runCli;

// Verifying runs every migration in a scratch database on a real server: slower than the
// default allows on a loaded machine.
CliRunOptions slow()
{
    CliRunOptions options;
    options.timeoutMs = 300000;
    return options;
}

QStringList names(core::Result<QSqlDatabase> db, const QString& sql)
{
    QStringList out;
    if (!db)
        return {u"<no connection: "_s + db.error().toString() + u'>'};
    QSqlQuery query(db.value());
    query.exec(sql);
    while (query.next())
        out.append(query.value(0).toString());
    return out;
}

} // namespace

class TestCliMigrateVerifyEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    enginetest::PostgresServer m_postgres;
    enginetest::MariaDbServer m_mariadb;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"shop.schemata"_s);
        QVERIFY(
            QFile::copy(QStringLiteral(SCHEMATA_SOURCE_DIR "/resources/samples/saas-shop.schemata"),
                        m_project));
        QFile::setPermissions(m_project, QFile::ReadOwner | QFile::WriteOwner);
        const CliRun r = runCli({u"migrate"_s, u"new"_s, m_project, u"-m"_s, u"initial"_s,
                                 u"--time"_s, u"20260101000000"_s},
                                slow());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const core::Status pg = m_postgres.start();
        QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : pg.error().toString()));
        const core::Status maria = m_mariadb.start();
        QVERIFY2(maria.ok(), qPrintable(maria.ok() ? QString() : maria.error().toString()));
    }

    void postgres()
    {
        const QString url =
            u"postgresql://postgres@/postgres?host="_s + m_postgres.socketDirectory();
        const CliRun r =
            runCli({u"migrate"_s, u"verify"_s, m_project, u"--url"_s, url, u"--quiet"_s}, slow());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"verify postgres (PostgreSQL 17"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\nresult: verified ("_s), qPrintable(r.out));
        for (const QString& name :
             names(m_postgres.connect(u"postgres"_s), u"SELECT datname FROM pg_database"_s))
            QVERIFY2(!name.startsWith(u"schemata_verify_"_s) && !name.startsWith(u"<"_s),
                     qPrintable(name));
    }

    void mariadb()
    {
        const QString url = u"mariadb://root@localhost/?socket="_s + m_mariadb.socketPath();
        const CliRun r =
            runCli({u"migrate"_s, u"verify"_s, m_project, u"--url"_s, url, u"--quiet"_s}, slow());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(u"verify mariadb (MariaDB 11"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\nresult: verified ("_s), qPrintable(r.out));
        for (const QString& name : names(m_mariadb.connect(QString()), u"SHOW DATABASES"_s))
            QVERIFY2(!name.startsWith(u"schemata_verify_"_s) && !name.startsWith(u"<"_s),
                     qPrintable(name));
    }

    // --dialect must agree with the server the URL names.
    void dialectMismatchIsBadInput()
    {
        const QString url =
            u"postgresql://postgres@/postgres?host="_s + m_postgres.socketDirectory();
        const CliRun r = runCli(
            {u"migrate"_s, u"verify"_s, m_project, u"--url"_s, url, u"--dialect"_s, u"mariadb"_s},
            slow());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not match"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrateVerifyEngine)
#include "tst_climigrateverify_engine.moc"
