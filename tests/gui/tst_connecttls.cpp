// The connection dialog against real TLS servers (the engine fixtures' PostgreSQL and
// MariaDB with a throw-away CA): the TLS file rows reach the profile and the saved settings, and
// "Test Connection" shows the version with the encryption the server reports, or the TLS error.
// SCHEMATA_SCREENSHOTS=DIR saves the dialog after a TLS test as connection-dialog-tls.png.
#include "app/connectionprofilestore.h"
#include "app/passwordstore.h"
#include "mariadbserver.h"
#include "postgresserver.h"
#include "tlsfiles.h"
#include "widgets/connect/connectiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000; // a wait for the worker, not a timing assertion

} // namespace

class TestConnectTls : public QObject
{
    Q_OBJECT
private:
    enginetest::PostgresServer m_pg;
    enginetest::MariaDbServer m_my;
    QTemporaryDir m_dir;
    enginetest::TlsFiles m_otherCa;
    std::unique_ptr<QSettings> m_settings;

    app::NamedProfile tlsProfile(const QString& mode, const QString& caFile,
                                 const QString& dialect = u"postgres"_s) const
    {
        app::NamedProfile named;
        named.name = u"shop (TLS)"_s;
        connect::ConnectionProfile& p = named.profile;
        p.dialect = dialect;
        p.host = u"127.0.0.1"_s;
        const bool postgres = dialect == u"postgres";
        p.port = postgres ? m_pg.port() : m_my.port();
        // postgres is trusted on loopback by the fixture; alice is made in initTestCase.
        p.user = postgres ? u"postgres"_s : u"alice"_s;
        p.database = postgres ? u"postgres"_s : QString();
        p.sslMode = mode;
        p.sslCaFile = caFile;
        p.connectTimeoutSeconds = 2;
        return named;
    }

    // Runs "Test Connection" and returns (ok, message); the dialog's label says the same.
    std::pair<bool, QString> runTest(widgets::ConnectionDialog& dialog)
    {
        QSignalSpy done(&dialog, &widgets::ConnectionDialog::testFinished);
        dialog.testConnection();
        if (!done.wait(kWaitMs))
            return {false, u"no answer from the test worker"_s};
        return {done.at(0).at(0).toBool(), done.at(0).at(1).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pg.enableTcp(true);
        if (const core::Status s = m_pg.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        m_my.enableTcp(true);
        if (const core::Status s = m_my.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        const auto admin = m_my.connect(QString());
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        QSqlQuery create(admin.value());
        QVERIFY2(create.exec(u"CREATE USER alice@'%' IDENTIFIED BY 'right horse'"_s),
                 qPrintable(create.lastError().text()));
        const auto other = enginetest::makeTlsFiles(m_dir.path(), u"nobody"_s);
        if (!other)
            QFAIL(qPrintable(other.error().toString()));
        m_otherCa = other.value();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"studio.ini"_s), QSettings::IniFormat);
    }

    void fieldsReachProfileAndSettings()
    {
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ConnectionDialog dialog(&profiles, &passwords);
        app::NamedProfile named = tlsProfile(u"verify-full"_s, m_pg.tlsFiles().caCertificate);
        named.profile.sslCertFile = m_pg.tlsFiles().clientCertificate;
        named.profile.sslKeyFile = m_pg.tlsFiles().clientKey;
        dialog.setNamedProfile(named);
        auto* ca = dialog.findChild<QLineEdit*>(u"sslCaFile"_s);
        if (!ca)
            QFAIL("no CA file field");
        QCOMPARE(ca->text(), m_pg.tlsFiles().caCertificate);
        QCOMPARE(dialog.namedProfile().profile.sslCaFile, named.profile.sslCaFile);
        QCOMPARE(dialog.namedProfile().profile.sslCertFile, named.profile.sslCertFile);
        QCOMPARE(dialog.namedProfile().profile.sslKeyFile, named.profile.sslKeyFile);
        QCOMPARE(dialog.namedProfile().profile.sslMode, u"verify-full"_s);

        // Typed into the field, saved, read back by a fresh store.
        ca->setText(u"/etc/ssl/typed-ca.pem"_s);
        dialog.saveProfile();
        const QList<app::NamedProfile> saved =
            app::ConnectionProfileStore(m_settings.get()).profiles();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().profile.sslCaFile, u"/etc/ssl/typed-ca.pem"_s);
        QCOMPARE(saved.first().profile.sslCertFile, named.profile.sslCertFile);
        QCOMPARE(saved.first().profile.sslKeyFile, named.profile.sslKeyFile);
    }

    // Every server dialect offers every mode: MariaDB/MySQL verify through Connector/C.
    void verifyModesForEveryServer()
    {
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ConnectionDialog dialog(&profiles, &passwords);
        auto* modes = dialog.findChild<QComboBox*>(u"sslMode"_s);
        auto* model = modes ? qobject_cast<QStandardItemModel*>(modes->model()) : nullptr;
        if (!model)
            QFAIL("no SSL mode combo with an item model");
        for (const QString& dialect : {u"postgres"_s, u"mariadb"_s, u"mysql"_s}) {
            app::NamedProfile named = tlsProfile(u"require"_s, QString(), dialect);
            dialog.setNamedProfile(named);
            for (const QString& mode :
                 {u"disable"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s}) {
                const int row = modes->findData(mode);
                QVERIFY2(row >= 0 && model->item(row)->isEnabled(),
                         qPrintable(dialect + u' ' + mode));
                QVERIFY2(!model->item(row)->toolTip().isEmpty(), qPrintable(mode));
            }
        }
    }

    void testShowsEncryption_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("ca"); // "right", "wrong"
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        const QString pg = u"postgres"_s;
        const QString my = u"mariadb"_s;
        QTest::newRow("verify-full")
            << pg << u"verify-full"_s << u"right"_s << true << u"TLS: TLSv1."_s;
        QTest::newRow("require") << pg << u"require"_s << QString() << true << u"TLS: TLSv1."_s;
        QTest::newRow("disable") << pg << u"disable"_s << QString() << true << u"not encrypted"_s;
        QTest::newRow("wrong CA") << pg << u"verify-full"_s << u"wrong"_s << false
                                  << u"not signed by a CA you trust"_s;
        QTest::newRow("MariaDB verify-full")
            << my << u"verify-full"_s << u"right"_s << true << u"TLS: TLSv1."_s;
        QTest::newRow("MariaDB verify-ca, wrong CA")
            << my << u"verify-ca"_s << u"wrong"_s << false << u"not signed by a CA you trust"_s;
    }
    void testShowsEncryption()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, mode);
        QFETCH(QString, ca);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ConnectionDialog dialog(&profiles, &passwords);
        const bool postgres = dialect == u"postgres";
        const QString rightCa =
            postgres ? m_pg.tlsFiles().caCertificate : m_my.tlsFiles().caCertificate;
        const QString caFile = ca == u"right"   ? rightCa
                               : ca == u"wrong" ? m_otherCa.caCertificate
                                                : QString();
        dialog.setNamedProfile(tlsProfile(mode, caFile, dialect));
        if (!postgres)
            dialog.setPassword(u"right horse"_s);
        const auto [succeeded, message] = runTest(dialog);
        QCOMPARE(succeeded, ok);
        QVERIFY2(message.contains(mentions), qPrintable(message));
        if (ok)
            QVERIFY2(message.startsWith(postgres ? u"PostgreSQL 17."_s : u"MariaDB 11."_s),
                     qPrintable(message));
        QVERIFY2(dialog.testMessage().contains(mentions), qPrintable(dialog.testMessage()));
        const QString dir = qEnvironmentVariable("SCHEMATA_SCREENSHOTS");
        const QLatin1String tag(QTest::currentDataTag());
        if (!dir.isEmpty() && (tag == u"verify-full" || tag == u"MariaDB verify-full")) {
            dialog.show();
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(dir + (postgres ? u"/connection-dialog-tls.png"_s
                                                       : u"/connection-dialog-tls-mariadb.png"_s)));
        }
    }
};

QTEST_MAIN(TestConnectTls)
#include "tst_connecttls.moc"
