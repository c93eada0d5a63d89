// The connection dialog against a real TLS server (the engine fixture's PostgreSQL with a
// throw-away CA): the TLS file rows reach the profile and the saved settings, and "Test
// Connection" shows the version with the encryption the server reports, or the TLS error.
// SCHEMATA_SCREENSHOTS=DIR saves the dialog after a TLS test as connection-dialog-tls.png.
#include "app/connectionprofilestore.h"
#include "app/passwordstore.h"
#include "postgresserver.h"
#include "tlsfiles.h"
#include "widgets/connect/connectiondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
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
    QTemporaryDir m_dir;
    enginetest::TlsFiles m_otherCa;
    std::unique_ptr<QSettings> m_settings;

    app::NamedProfile tlsProfile(const QString& mode, const QString& caFile) const
    {
        app::NamedProfile named;
        named.name = u"shop (TLS)"_s;
        connect::ConnectionProfile& p = named.profile;
        p.dialect = u"postgres"_s;
        p.host = u"127.0.0.1"_s;
        p.port = m_pg.port();
        p.user = u"postgres"_s; // trusted on loopback by the fixture
        p.database = u"postgres"_s;
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

    // MariaDB/MySQL cannot verify through Qt's driver: the dialog does not offer it.
    void verifyModesOnlyWhereTheyWork()
    {
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ConnectionDialog dialog(&profiles, &passwords);
        auto* modes = dialog.findChild<QComboBox*>(u"sslMode"_s);
        auto* model = modes ? qobject_cast<QStandardItemModel*>(modes->model()) : nullptr;
        if (!model)
            QFAIL("no SSL mode combo with an item model");
        const auto enabled = [&](const QString& mode) {
            const int row = modes->findData(mode);
            return row >= 0 && model->item(row)->isEnabled();
        };
        for (const QString& dialect : {u"postgres"_s, u"mariadb"_s, u"mysql"_s}) {
            app::NamedProfile named = tlsProfile(u"require"_s, QString());
            named.profile.dialect = dialect;
            dialog.setNamedProfile(named);
            const bool postgres = dialect == u"postgres";
            QCOMPARE(enabled(u"require"_s), true);
            QCOMPARE(enabled(u"verify-ca"_s), postgres);
            QCOMPARE(enabled(u"verify-full"_s), postgres);
        }
    }

    void testShowsEncryption_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("ca"); // "right", "wrong"
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("verify-full") << u"verify-full"_s << u"right"_s << true << u"TLS: TLSv1."_s;
        QTest::newRow("require") << u"require"_s << QString() << true << u"TLS: TLSv1."_s;
        QTest::newRow("disable") << u"disable"_s << QString() << true << u"not encrypted"_s;
        QTest::newRow("wrong CA") << u"verify-full"_s << u"wrong"_s << false
                                  << u"not signed by a CA you trust"_s;
    }
    void testShowsEncryption()
    {
        QFETCH(QString, mode);
        QFETCH(QString, ca);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ConnectionDialog dialog(&profiles, &passwords);
        const QString caFile = ca == u"right"   ? m_pg.tlsFiles().caCertificate
                               : ca == u"wrong" ? m_otherCa.caCertificate
                                                : QString();
        dialog.setNamedProfile(tlsProfile(mode, caFile));
        const auto [succeeded, message] = runTest(dialog);
        QCOMPARE(succeeded, ok);
        QVERIFY2(message.contains(mentions), qPrintable(message));
        if (ok)
            QVERIFY2(message.startsWith(u"PostgreSQL 17."_s), qPrintable(message));
        QVERIFY2(dialog.testMessage().contains(mentions), qPrintable(dialog.testMessage()));
        const QString dir = qEnvironmentVariable("SCHEMATA_SCREENSHOTS");
        if (!dir.isEmpty() && QLatin1String(QTest::currentDataTag()) == u"verify-full") {
            dialog.show();
            QApplication::processEvents();
            QVERIFY(dialog.grab().save(dir + u"/connection-dialog-tls.png"_s));
        }
    }
};

QTEST_MAIN(TestConnectTls)
#include "tst_connecttls.moc"
