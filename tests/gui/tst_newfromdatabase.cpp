// File → New from database…: the Tables field's patterns (with ! exclusions) reach the
// import, and the reader's progress reaches the dialog's bar and status line, on a real
// SQLite file.
#include "app/connectionprofilestore.h"
#include "app/passwordstore.h"
#include "widgets/connect/newfromdatabasedialog.h"

#include <QApplication>
#include <QDebug>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kTables = 200;

QString tableName(int i)
{
    return u"t%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

bool createTables(const QString& path)
{
    const QString name = u"tst_newfromdatabase_setup"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(u"BEGIN"_s);
        for (int i = 0; ok && i < kTables; ++i) {
            // Every table from 100 up points at the table 100 below it.
            const QString fk =
                i >= 100 ? u", up INTEGER REFERENCES %1 (id)"_s.arg(tableName(i - 100)) : QString();
            ok = query.exec(
                u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT%2)"_s.arg(tableName(i), fk));
            if (!ok)
                qWarning() << query.lastError().text();
        }
        ok = ok && query.exec(u"COMMIT"_s);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestNewFromDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void patternsAndProgress()
    {
        const QString path = m_dir.filePath(u"many.db"_s);
        QVERIFY(createTables(path));
        QSettings settings(m_dir.filePath(u"studio.ini"_s), QSettings::IniFormat);
        app::ConnectionProfileStore profiles(&settings);
        app::PasswordStore passwords(u"unused"_s, app::PasswordStore::Backend::MemoryOnly);
        widgets::NewFromDatabaseDialog dialog(&profiles, &passwords);
        app::NamedProfile profile;
        profile.name = u"many"_s;
        profile.profile.dialect = u"sqlite"_s;
        profile.profile.database = path;
        dialog.setProfile(profile);
        dialog.setTablePattern(u"t1*, !t10*"_s);

        auto* bar = dialog.findChild<QProgressBar*>();
        if (!bar)
            QFAIL("no progress bar");
        QStringList statuses;
        int barMaximum = -1;
        int barValue = -1;
        // Connected after the dialog's own slot: sees the dialog as the user does.
        // SCHEMATA_SCREENSHOTS=DIR saves the dialog mid-import (as tst_connect does).
        const QString shots = qEnvironmentVariable("SCHEMATA_SCREENSHOTS");
        if (!shots.isEmpty())
            dialog.show();
        bool shot = false;
        connect(dialog.job(), &app::ImportJob::progressed, this, [&] {
            statuses << dialog.statusText();
            barMaximum = bar->maximum();
            barValue = bar->value();
            if (!shots.isEmpty() && !shot && barValue > 0 && barValue < barMaximum) {
                shot = true;
                if (!dialog.grab().save(shots + u"/new-from-database.png"_s))
                    qWarning() << "could not save the screenshot";
            }
        });
        QSignalSpy finished(dialog.job(), &app::ImportJob::finished);
        dialog.startImport();
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.at(0).at(0).value<app::ImportJob::Outcome>(),
                 app::ImportJob::Outcome::Imported);

        // The reader counts every table it reads; the pattern cuts the model afterwards.
        QVERIFY2(!statuses.isEmpty(), "no progress reached the dialog");
        QCOMPARE(statuses.last(), u"Reading tables: %1 of %1 tables"_s.arg(kTables));
        QCOMPARE(barMaximum, kTables);
        QCOMPARE(barValue, kTables);

        auto result = dialog.job()->takeResult();
        if (!result)
            QFAIL("no result");
        QCOMPARE(result->model.tables.size(), 90); // t110 … t199
        QCOMPARE(result->model.tables.first().name, u"t110"_s);
        QCOMPARE(result->model.tables.last().name, u"t199"_s);
        // Each kept table's key to t010 … t099 points at a table left out: all reported.
        int cut = 0;
        for (const connect::ImportReportItem& item : result->report.items)
            cut += item.objectType == u"foreign key" ? 1 : 0;
        QCOMPARE(cut, 90);
        QCOMPARE(result->report.filteredTables, kTables - 90);
    }
};

QTEST_MAIN(TestNewFromDatabase)
#include "tst_newfromdatabase.moc"
