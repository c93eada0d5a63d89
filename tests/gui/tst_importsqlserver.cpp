// File → Import SQL… for MySQL/MariaDB scripts (issue 5) on the real widgets (offscreen)
// and a real MariaDB (the engine fixture stands in for the user's server): the dialog offers
// the private scratch server and the saved MySQL/MariaDB connections, explains the guard and
// refuses a read-only connection; the script runs off the UI thread with progress and Cancel,
// in scratch databases on the chosen server, and no database of that server is touched.
// SCHEMATA_SCREENSHOTS=DIR saves the dialog as import-sql-server.png.
#include "app/documentcontroller.h"
#include "app/passwordstore.h"
#include "connect/scratchmariadbserver.h"
#include "mariadbserver.h"
#include "sqlscript.h"
#include "widgets/connect/importactions.h"
#include "widgets/connect/importreportdialog.h"
#include "widgets/connect/importsqldialog.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 120000; // a wait for the worker, not a timing assertion

QStringList tableNames(const model::Model& m)
{
    QStringList names;
    for (const model::Table& t : m.tables)
        names << t.name;
    names.sort();
    return names;
}

QStringList databases(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QStringList out;
    if (!query.exec(u"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY 1"_s))
        return {u"query failed: "_s + query.lastError().text()};
    while (query.next())
        out << query.value(0).toString();
    return out;
}

// The server's database `shop`: its tables' definitions and rows (equal = untouched).
QStringList snapshot(const QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery query(db);
    for (const QString& sql :
         {u"SHOW CREATE DATABASE shop"_s,
          u"SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'shop' "
          "ORDER BY 1"_s,
          u"SHOW CREATE TABLE shop.t"_s, u"SELECT * FROM shop.t ORDER BY 1"_s}) {
        if (!query.exec(sql)) {
            out << u"failed: "_s + sql + u": "_s + query.lastError().text();
            continue;
        }
        while (query.next()) {
            QStringList row;
            for (int c = 0; c < query.record().count(); ++c)
                row << query.value(c).toString();
            out << row.join(u'|');
        }
    }
    return out;
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

void screenshot(QWidget* widget, const char* name)
{
    const QString dir = qEnvironmentVariable("SCHEMATA_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    widget->show();
    QApplication::processEvents();
    const QString path = dir + u'/' + QLatin1String(name);
    if (!widget->grab().save(path))
        qWarning() << "could not save" << path;
}

} // namespace

class TestImportSqlServer : public QObject
{
    Q_OBJECT
    enginetest::MariaDbServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    app::NamedProfile fixtureProfile() const
    {
        app::NamedProfile named;
        named.name = u"staging"_s;
        named.profile.dialect = u"mariadb"_s;
        named.profile.socket = m_server.socketPath();
        named.profile.user = u"root"_s; // no password over the fixture's socket
        return named;
    }
    static app::NamedProfile readOnlyProfile()
    {
        app::NamedProfile named;
        named.name = u"billing"_s;
        named.profile.dialect = u"mysql"_s;
        named.profile.host = u"db.example.invalid"_s;
        named.profile.user = u"app"_s;
        named.profile.label = u"production"_s;
        named.profile.readOnly = true;
        return named;
    }
    static app::NamedProfile postgresProfile()
    {
        app::NamedProfile named;
        named.name = u"warehouse"_s;
        named.profile.dialect = u"postgres"_s;
        named.profile.host = u"pg.example.invalid"_s;
        named.profile.user = u"postgres"_s;
        return named;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (connect::ScratchMariaDbServer::findServerExecutable().isEmpty())
            QFAIL("mariadbd is not installed: this engine test needs mariadb-server");
        if (const core::Status s = m_server.start(); !s)
            QFAIL(qPrintable(s.error().toString()));
        auto shop = m_server.createDatabase(u"shop"_s);
        if (!shop)
            QFAIL(qPrintable(shop.error().toString()));
        if (const core::Status s = enginetest::executeStatements(
                shop.value(), {u"CREATE TABLE t (id int PRIMARY KEY, name varchar(20))"_s,
                               u"INSERT INTO t VALUES (1, 'precious')"_s});
            !s)
            QFAIL(qPrintable(s.error().toString()));
    }

    void init()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"studio.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        app::ConnectionProfileStore store(m_settings.get());
        store.save(fixtureProfile());
        store.save(readOnlyProfile());
        store.save(postgresProfile());
    }

    // Only MySQL/MariaDB connections can run a MySQL script; the note says what each
    // choice means, and a read-only connection is refused before anything runs.
    void choicesAndGuardExplained()
    {
        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ImportSqlDialog dialog(&profiles, &passwords);
        QCOMPARE(dialog.serverChoices(), (QStringList{u"Private scratch server (default)"_s,
                                                      u"billing [production]"_s, u"staging"_s}));
        auto* server = dialog.findChild<QComboBox*>(u"scriptServer"_s);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        if (!server || !buttons)
            QFAIL("no server combo or buttons");
        QPushButton* import = nullptr;
        for (QAbstractButton* b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                import = qobject_cast<QPushButton*>(b);
        }
        if (!import)
            QFAIL("no Import button");

        dialog.setDialect(u"postgres"_s);
        QVERIFY(!server->isEnabled()); // nothing runs on a server
        QVERIFY2(dialog.noteText().contains(u"libpg_query"_s), qPrintable(dialog.noteText()));

        dialog.setDialect(u"mariadb"_s);
        QVERIFY(server->isEnabled());
        QCOMPARE(server->currentIndex(), 0);
        QVERIFY(dialog.serverProfile().name.isEmpty());
        QVERIFY2(dialog.noteText().contains(u"private MariaDB server"_s),
                 qPrintable(dialog.noteText()));

        server->setCurrentIndex(1); // billing: read-only
        QCOMPARE(dialog.serverProfile().name, u"billing"_s);
        QVERIFY(!dialog.canImport());
        QVERIFY(!import->isEnabled());
        QVERIFY2(dialog.noteText().contains(u"read-only"_s), qPrintable(dialog.noteText()));
        dialog.setScriptPath(m_dir.filePath(u"studio.ini"_s));
        dialog.startImport();
        QVERIFY(!dialog.job()->isRunning());
        QCOMPARE(dialog.statusText(), dialog.noteText());

        server->setCurrentIndex(2); // staging
        QVERIFY(dialog.canImport());
        QVERIFY(import->isEnabled());
        for (const QString& said :
             {u"schemata_verify_"_s, u"dropped afterwards"_s,
              u"No existing database of that server is read or written"_s, u"not run"_s})
            QVERIFY2(dialog.noteText().contains(said), qPrintable(dialog.noteText()));

        // A SQLite script cannot go to a server either, whatever was chosen before.
        dialog.setDialect(u"sqlite"_s);
        QVERIFY(!server->isEnabled());
        QVERIFY(dialog.canImport());
    }

    // The script runs in scratch databases on the chosen server: its own objects are
    // imported, the statements that name the server's database are refused at their lines,
    // `shop` is byte-for-byte what it was and no scratch database is left behind.
    void runsOnTheChosenServer()
    {
        const QString script = m_dir.filePath(u"app.sql"_s);
        QVERIFY(writeFile(script, "CREATE TABLE author (id int PRIMARY KEY, name varchar(50));\n"
                                  "CREATE TABLE book (id int PRIMARY KEY, author_id int,\n"
                                  "  FOREIGN KEY (author_id) REFERENCES author (id));\n"
                                  "CREATE VIEW book_authors AS SELECT b.id, a.name\n"
                                  "  FROM book b JOIN author a ON a.id = b.author_id;\n"
                                  "INSERT INTO shop.t VALUES (2, 'stolen');\n"
                                  "DROP DATABASE shop;\n"
                                  "INSERT INTO author VALUES (1, 'Ann');\n"));
        auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = snapshot(admin.value());
        const QStringList databasesBefore = databases(admin.value());
        QVERIFY2(before.contains(u"1|precious"_s), qPrintable(before.join(u'\n')));

        app::DocumentController controller;
        widgets::MainWindow window(&controller, m_settings.get());
        widgets::ImportActions* actions = window.importActions();
        if (!actions)
            QFAIL("no import actions");
        widgets::ImportSqlDialog dialog(actions->profiles(), actions->passwords(), &window);
        dialog.setScriptPath(script);
        dialog.setDialect(u"mariadb"_s);
        dialog.setServerProfile(fixtureProfile());
        QCOMPARE(dialog.serverProfile().profile.socket, m_server.socketPath());
        dialog.resize(640, 400);
        screenshot(&dialog, "import-sql-server.png");

        QSignalSpy finished(dialog.job(), &app::ImportJob::finished);
        QSignalSpy progressed(dialog.job(), &app::ImportJob::progressed);
        dialog.startImport();
        QVERIFY(dialog.job()->isRunning()); // off the UI thread
        QVERIFY2(dialog.statusText().contains(u"staging"_s), qPrintable(dialog.statusText()));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(0).at(0).value<app::ImportJob::Outcome>(),
                 app::ImportJob::Outcome::Imported);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QStringList phases;
        for (const QList<QVariant>& p : std::as_const(progressed)) {
            if (!phases.contains(p.at(0).toString()))
                phases << p.at(0).toString();
        }
        QVERIFY2(phases.size() >= 2 && phases.first() == u"script"_s,
                 qPrintable(phases.join(u' ')));

        auto result = dialog.job()->takeResult();
        if (!result)
            QFAIL("no result");
        QStringList failed;
        for (const connect::ImportReportItem& item : result->report.items) {
            if (item.kind != connect::ImportReportItem::Kind::Failed)
                continue;
            failed << item.location;
            QVERIFY2(item.message.contains(u"script import never touches existing databases"_s),
                     qPrintable(item.location + u' ' + item.message));
        }
        QCOMPARE(failed, (QStringList{u"app.sql:6"_s, u"app.sql:7"_s}));
        actions->adopt(std::move(*result));

        const document::Document& doc = controller.document();
        QCOMPARE(doc.dialect, u"mariadb"_s);
        QCOMPARE(tableNames(doc.model), (QStringList{u"author"_s, u"book"_s}));
        QCOMPARE(doc.model.views.size(), 1);
        QCOMPARE(doc.model.views.constFirst().name, u"book_authors"_s);
        QCOMPARE(doc.model.schemas.size(), 1);
        QCOMPARE(doc.model.schemas.constFirst().name, u"app"_s); // not the scratch name
        auto* report = actions->reportDialog();
        if (!report)
            QFAIL("no report dialog");
        QCOMPARE(report->report().count(connect::ImportReportItem::Kind::Failed), 2);

        QCOMPARE(snapshot(admin.value()), before);
        QCOMPARE(databases(admin.value()), databasesBefore);
    }

    // Cancel while the statements run on the server: the dialog stays open and says so,
    // the result is dropped, and the scratch databases are gone once the worker ends.
    void cancelWhileRunning()
    {
        QByteArray text = "CREATE TABLE big (id int PRIMARY KEY);\n";
        for (int i = 0; i < 3000; ++i)
            text += "INSERT INTO big VALUES (" + QByteArray::number(i) + ");\n";
        const QString script = m_dir.filePath(u"big.sql"_s);
        QVERIFY(writeFile(script, text));
        auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList databasesBefore = databases(admin.value());

        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        auto dialog = std::make_unique<widgets::ImportSqlDialog>(&profiles, &passwords);
        dialog->setScriptPath(script);
        dialog->setDialect(u"mysql"_s);
        dialog->setServerProfile(fixtureProfile());
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        if (!buttons)
            QFAIL("no buttons");
        QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
        if (!cancel)
            QFAIL("no Cancel button");
        // Cancel as the user would, once the statements are under way. Progress reports
        // are queued before the result, so the cancel always comes first.
        bool pressed = false;
        connect(dialog->job(), &app::ImportJob::progressed, this,
                [&](const QString& phase, qsizetype done) {
                    if (!pressed && phase == u"script" && done > 0) {
                        pressed = true;
                        cancel->click();
                    }
                });
        QSignalSpy finished(dialog->job(), &app::ImportJob::finished);
        dialog->startImport();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(pressed);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<app::ImportJob::Outcome>(),
                 app::ImportJob::Outcome::Cancelled);
        QCOMPARE(dialog->statusText(), u"Cancelled."_s);
        QVERIFY(dialog->result() != QDialog::Accepted);
        QVERIFY(!dialog->job()->takeResult());
        QVERIFY(dialog->canImport()); // may start again
        dialog.reset();               // waits for the worker, which drops its scratch databases
        QCOMPARE(databases(admin.value()), databasesBefore);
    }

    // The default: a private mariadbd, where the script runs as written.
    void privateServerByDefault()
    {
        const QString script = m_dir.filePath(u"private.sql"_s);
        QVERIFY(writeFile(script, "CREATE DATABASE shop;\n"
                                  "USE shop;\n"
                                  "CREATE TABLE t (id int PRIMARY KEY, note text);\n"));
        auto admin = m_server.connect({});
        if (!admin)
            QFAIL(qPrintable(admin.error().toString()));
        const QStringList before = snapshot(admin.value());

        app::ConnectionProfileStore profiles(m_settings.get());
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::ImportSqlDialog dialog(&profiles, &passwords);
        dialog.setScriptPath(script);
        dialog.setDialect(u"mariadb"_s);
        QVERIFY(dialog.serverProfile().name.isEmpty());
        QSignalSpy finished(dialog.job(), &app::ImportJob::finished);
        dialog.startImport();
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY2(finished.at(0).at(0).value<app::ImportJob::Outcome>() ==
                     app::ImportJob::Outcome::Imported,
                 qPrintable(finished.at(0).at(1).toString()));
        auto result = dialog.job()->takeResult();
        if (!result)
            QFAIL("no result");
        QCOMPARE(result->model.schemas.size(), 1);
        QCOMPARE(result->model.schemas.constFirst().name, u"shop"_s);
        QCOMPARE(tableNames(result->model), QStringList{u"t"_s});
        QCOMPARE(result->report.count(connect::ImportReportItem::Kind::Failed), 0);
        // The fixture's shop (a different server) has its own t, untouched.
        QCOMPARE(snapshot(admin.value()), before);
    }
};

QTEST_MAIN(TestImportSqlServer)
#include "tst_importsqlserver.moc"
