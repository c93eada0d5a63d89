// app::ImportJob's progress forwarding (throttled, every completed phase delivered, nothing
// after a cancel) and app::setTablePatterns (the studio's Tables field). The dialog on a
// real SQLite file is in tests/gui/tst_connect.
#include "app/importjob.h"

#include <QSignalSpy>
#include <QTest>
#include <future>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

struct Seen
{
    QString phase;
    qsizetype done;
    qsizetype total;
};

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progressReachesTheJobsThread()
    {
        app::ImportJob job;
        QList<Seen> seen;
        connect(&job, &app::ImportJob::progressed, this,
                [&seen](const QString& phase, qsizetype done, qsizetype total, const QString&) {
                    seen << Seen{phase, done, total};
                });
        QSignalSpy finished(&job, &app::ImportJob::finished);
        QVERIFY(job.startWithProgress(
            [](const app::ImportJob::Cancelled&,
               const app::ImportJob::Progress& progress) -> core::Result<connect::ImportResult> {
                // Far more reports than anyone should see, in a few milliseconds.
                for (const QString phase : {u"tables"_s, u"columns"_s}) {
                    for (int i = 0; i <= 10000; ++i)
                        progress({phase, i, 10000, u"tables"_s});
                }
                return connect::ImportResult{};
            }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<app::ImportJob::Outcome>(),
                 app::ImportJob::Outcome::Imported);
        // Throttled, yet each phase's first and last report arrive, in order.
        QVERIFY2(seen.size() < 200, qPrintable(QString::number(seen.size())));
        QVERIFY(seen.size() >= 4);
        QCOMPARE(seen.first().phase, u"tables"_s);
        QCOMPARE(seen.first().done, 0);
        QCOMPARE(seen.last().phase, u"columns"_s);
        QCOMPARE(seen.last().done, 10000);
        const auto lastTables = std::find_if(seen.crbegin(), seen.crend(),
                                             [](const Seen& s) { return s.phase == u"tables"; });
        QCOMPARE(lastTables->done, 10000);
    }

    void nothingAfterCancel()
    {
        app::ImportJob job;
        int progressed = 0;
        connect(&job, &app::ImportJob::progressed, this, [&progressed] { ++progressed; });
        QSignalSpy finished(&job, &app::ImportJob::finished);
        std::promise<void> reported;
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        QVERIFY(job.startWithProgress(
            [&](const app::ImportJob::Cancelled& cancelled,
                const app::ImportJob::Progress& progress) -> core::Result<connect::ImportResult> {
                progress({u"tables"_s, 0, 10, u"tables"_s});
                reported.set_value();
                released.wait();
                progress({u"tables"_s, 10, 10, u"tables"_s}); // queued after the cancel
                return cancelled && cancelled->load()
                           ? core::Result<connect::ImportResult>(
                                 core::Error{u"x"_s, u"import cancelled"_s})
                           : core::Result<connect::ImportResult>(connect::ImportResult{});
            }));
        reported.get_future().wait();
        job.cancel(); // before the first report is delivered: it must be dropped too
        release.set_value();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<app::ImportJob::Outcome>(),
                 app::ImportJob::Outcome::Cancelled);
        // Let the worker's queued calls arrive: the next start() joins the worker first.
        QVERIFY(job.start([](const app::ImportJob::Cancelled&) {
            return core::Result<connect::ImportResult>(connect::ImportResult{});
        }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(progressed, 0);
    }

    void tablePatterns_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("tables");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
        QTest::newRow("one") << u"order*"_s << QStringList{u"order*"_s} << QStringList{};
        QTest::newRow("commas and spaces")
            << u" order*, sales.* ,  !*_log  !tmp?"_s << QStringList{u"order*"_s, u"sales.*"_s}
            << QStringList{u"*_log"_s, u"tmp?"_s};
        QTest::newRow("bare bang ignored") << u"! a"_s << QStringList{u"a"_s} << QStringList{};
    }
    void tablePatterns()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, tables);
        QFETCH(QStringList, excluded);
        connect::CatalogFilter filter;
        filter.tables = {u"stale"_s};
        app::setTablePatterns(filter, field);
        QCOMPARE(filter.tables, tables);
        QCOMPARE(filter.excludedTables, excluded);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
