#include "app/connectionprofilestore.h"
#include "app/passwordstore.h"
#include "document/documentformat.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace schemata;

namespace {

connect::ConnectionProfile sampleProfile()
{
    connect::ConnectionProfile p;
    p.dialect = QStringLiteral("postgres");
    p.label = QStringLiteral("production");
    p.color = QStringLiteral("#c0392b");
    p.host = QStringLiteral("db.example.com");
    p.port = 5433;
    p.database = QStringLiteral("shop");
    p.user = QStringLiteral("alice");
    p.sslMode = QStringLiteral("verify-full");
    p.sslCaFile = QStringLiteral("/etc/ssl/shop-ca.pem");
    p.sslCertFile = QStringLiteral("/home/alice/.pg/client.crt");
    p.sslKeyFile = QStringLiteral("/home/alice/.pg/client.key");
    p.readOnly = true;
    p.connectTimeoutSeconds = 7;
    return p;
}

// Every spelling of the secret a file could carry it in.
QList<QByteArray> encodings(const QString& secret)
{
    QByteArray utf16;
    for (const QChar c : secret) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return {secret.toUtf8(),
            secret.toLatin1(),
            utf16,
            secret.toUtf8().toBase64(),
            secret.toUtf8().toPercentEncoding(),
            secret.toUtf8().toHex()};
}

} // namespace

class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profilesRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        app::ConnectionProfileStore store(&settings);
        const app::NamedProfile prod{QStringLiteral("prod/eu"), sampleProfile()};
        app::NamedProfile local{QStringLiteral("local"), {}};
        local.profile.dialect = QStringLiteral("sqlite");
        local.profile.database = QStringLiteral("/tmp/x.db");
        store.save(prod);
        store.save(local);
        QCOMPARE(store.profiles(), (QList<app::NamedProfile>{local, prod}));
        store.remove(QStringLiteral("local"));
        QCOMPARE(store.profiles(), QList<app::NamedProfile>{prod});
    }

    // A profile saved with a password, a project saved: no written byte holds the secret.
    void noSecretInWrittenFiles()
    {
        QTemporaryDir dir;
        const QString secret =
            QStringLiteral("s3cr3t-Pässwörd-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString service = QStringLiteral("Schemata Studio test %1")
                                    .arg(QUuid::createUuid().toString(QUuid::Id128));
        {
            QSettings settings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
            app::ConnectionProfileStore profiles(&settings);
            app::PasswordStore passwords(service);
            const app::NamedProfile prod{QStringLiteral("production"), sampleProfile()};
            profiles.save(prod);
            passwords.setPassword(prod.name, secret);
            QCOMPARE(passwords.password(prod.name), std::optional<QString>(secret));
            document::Document doc;
            doc.name = QStringLiteral("shop");
            doc.dialect = QStringLiteral("postgres");
            const core::Status saved =
                document::saveDocument(doc, dir.filePath(QStringLiteral("shop.schemata")));
            QVERIFY(saved.ok());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            passwords.remove(prod.name); // leave no test entry in a real keychain
        }
        int files = 0;
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.isEmpty(), qPrintable(path));
            for (const QByteArray& needle : encodings(secret))
                QVERIFY2(!bytes.contains(needle),
                         qPrintable(path + QStringLiteral(" holds the password")));
            ++files;
        }
        QCOMPARE(files, 2); // the settings and the project: both were scanned
        // The profile itself came back without any password field.
        QSettings reread(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        for (const QString& key : reread.allKeys())
            QVERIFY2(!key.contains(u"password", Qt::CaseInsensitive), qPrintable(key));
    }

    // Without a keychain the store says so once and still serves this session's passwords.
    void memoryFallbackSaysSoOnce()
    {
        app::PasswordStore store(QStringLiteral("Schemata Studio test %1")
                                     .arg(QUuid::createUuid().toString(QUuid::Id128)));
        QSignalSpy unavailable(&store, &app::PasswordStore::keychainUnavailable);
        store.setPassword(QStringLiteral("a"), QStringLiteral("one"));
        store.setPassword(QStringLiteral("b"), QStringLiteral("two"));
        QCOMPARE(store.password(QStringLiteral("a")),
                 std::optional<QString>(QStringLiteral("one")));
        QCOMPARE(store.password(QStringLiteral("b")),
                 std::optional<QString>(QStringLiteral("two")));
        QCOMPARE(unavailable.size(), store.keychainAvailable() ? 0 : 1);
        if (!store.keychainAvailable())
            QVERIFY(!store.keychainError().isEmpty());
        store.remove(QStringLiteral("a"));
        store.remove(QStringLiteral("b"));
        // A fresh store (the next session) knows nothing when the keychain is unreachable.
        app::PasswordStore next(QStringLiteral("unused"), app::PasswordStore::Backend::MemoryOnly);
        QCOMPARE(next.password(QStringLiteral("a")), std::nullopt);
        QVERIFY(!next.keychainAvailable());
    }
};

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
