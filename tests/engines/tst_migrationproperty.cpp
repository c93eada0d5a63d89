#include "connect/migrationverifier.h"
#include "migrate/migrationauthor.h"
#include "migrationengines.h"
#include "randomedits.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

#ifndef SCHEMATA_VERIFY_DIALECT
#error "SCHEMATA_VERIFY_DIALECT must name the dialect under test"
#endif

using namespace schemata;
using namespace Qt::StringLiterals;

// Property: any sequence of model edits, each turned into a migration by the real
// differ + planner (migrate::appendMigration), gives a history that verifies on the real
// engine: every up applies, the result equals a fresh build of the final model, every
// down returns the catalog to the one before its up, and the ups apply again.
//
// SCHEMATA_SEED=<n> picks the sequence (the seed is printed on every run); without it the
// test uses a fixed seed so a CI run is reproducible — explore with other seeds by hand;
// SCHEMATA_EDITS=<n> sets the length (default 200). On failure the test prints the seed,
// the first failing migration with the edit that produced it and its SQL, and — when
// only the comparison with the fresh build fails — the shortest prefix of the history
// that already fails it.
class TestMigrationProperty : public QObject
{
    Q_OBJECT
    const QString m_dialect = QStringLiteral(SCHEMATA_VERIFY_DIALECT);
    static constexpr quint64 kDefaultSeed = 1;
    enginetest::MigrationEngines m_engines;

    struct Sequence
    {
        document::Document document;
        QStringList edits;          // edits.at(i) produced migration i
        QList<model::Model> models; // models.at(i): the model after migration i
        QList<int> withoutRows;     // 1-based: migrations that swap table or column names
    };

    core::Result<connect::VerificationReport> verify(const Sequence& s, int migrations) const
    {
        document::Document doc = s.document;
        doc.history.migrations = doc.history.migrations.mid(0, migrations);
        doc.history.snapshot = s.models.at(migrations - 1);
        doc.model = *doc.history.snapshot;
        connect::MigrationVerifier::Options options = m_engines.verifierOptions();
        // The ups run with sample rows; the downs by default on emptied tables, so a
        // sequence explores the structure of 200 downs instead of stopping at the first
        // down that no engine can run over data (re-adding a NOT NULL column without a
        // default, removing an enum value in use). SCHEMATA_DOWNS_WITH_DATA=1 keeps the
        // rows, as schemata migrate verify does.
        options.emptyBeforeDowns = qEnvironmentVariableIntValue("SCHEMATA_DOWNS_WITH_DATA") == 0;
        // A swap of table or column names moves rows between names, which the row check
        // (pairing by name) would call lost; those migrations run on empty tables.
        options.migrationsWithoutRows = s.withoutRows;
        connect::MigrationVerifier verifier(options);
        return verifier.verify(doc);
    }

    QString describeMigration(const Sequence& s, int index) const
    {
        const document::Migration& m = s.document.history.migrations.at(index);
        const document::MigrationScript script = m.scripts.value(m_dialect);
        return u"migration %1 (%2_%3) from edit: %4\n--- up:\n%5\n--- down:\n%6"_s.arg(index + 1)
            .arg(m.id, m.name, s.edits.at(index), script.up, script.down);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const core::Status started = m_engines.start(m_dialect);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    void randomEditSequencesVerify()
    {
        bool seeded = false;
        quint64 seed = qEnvironmentVariable("SCHEMATA_SEED").toULongLong(&seeded);
        if (!seeded)
            seed = kDefaultSeed; // fixed, so a CI failure replays exactly
        bool counted = false;
        int count = qEnvironmentVariableIntValue("SCHEMATA_EDITS", &counted);
        if (!counted || count <= 0)
            count = 200;
        qInfo().noquote() << u"%1: seed %2 (SCHEMATA_SEED=%2 replays it), %3 edits"_s.arg(m_dialect)
                                 .arg(seed)
                                 .arg(count);

        enginetest::RandomEdits edits(seed, m_dialect);
        Sequence s;
        s.document.dialect = m_dialect;
        s.document.model = edits.initialModel();
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QElapsedTimer timer;
        timer.start();
        int attempts = 0;
        QStringList pending; // edits not yet in a migration
        bool pendingReuse = false;
        while (s.edits.size() < count) {
            QVERIFY2(++attempts < count * 20, "the edit generator keeps producing nothing");
            model::Model next = s.document.model;
            const QString edit = edits.apply(next);
            if (edit.isEmpty())
                continue;
            pendingReuse = pendingReuse || edits.lastEditReusedDataNames();
            document::Document edited = s.document;
            edited.model = next;
            const int number = int(s.edits.size()) + 1;
            auto appended =
                migrate::appendMigration(edited, u"edit_%1"_s.arg(number), start.addSecs(number));
            if (!appended.ok()) {
                // An edit with no SQL effect is fine ("nothing to migrate"): it rides
                // along with the next migration; anything else is a failure of the
                // migration author.
                QVERIFY2(appended.error().message.contains(u"nothing"_s),
                         qPrintable(u"seed %1, edit %2 (%3): %4"_s.arg(seed).arg(number).arg(
                             edit, appended.error().toString())));
                s.document.model = next;
                pending.append(edit);
                continue;
            }
            pending.append(edit);
            s.document = std::move(appended).value();
            s.edits.append(pending.join(u"; "_s));
            if (pendingReuse)
                s.withoutRows.append(int(s.edits.size()));
            pending.clear();
            pendingReuse = false;
            s.models.append(next);
        }
        const qint64 planningMs = timer.restart();
        // How much of the sequence exercises the rename ordering (swaps, a 3-cycle, names
        // taken over from a dropped object), by kind, so a run shows it did.
        QMap<QString, int> reuses; // "swap table" → count (QMap: printed in a fixed order)
        for (const QString& e : std::as_const(s.edits)) {
            for (const QString& one : e.split(u"; "_s)) {
                const QStringList words = one.split(u' ');
                if (words.size() < 2)
                    continue;
                if (words.at(0) == u"swap" || words.at(0) == u"rotate")
                    ++reuses[words.at(0) + u' ' + words.at(1)];
                else if (words.at(0) == u"drop" && one.contains(u" and rename "_s))
                    ++reuses[u"take over "_s + words.at(1)];
            }
        }
        QStringList kinds;
        for (auto it = reuses.cbegin(); it != reuses.cend(); ++it)
            kinds.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        qInfo().noquote() << u"%1: names reused: %2"_s.arg(
            m_dialect, kinds.isEmpty() ? u"none"_s : kinds.join(u", "_s));

        const auto result = verify(s, int(s.edits.size()));
        QVERIFY2(result.ok(), qPrintable(u"seed %1: %2"_s.arg(seed).arg(
                                  result.ok() ? QString() : result.error().toString())));
        const connect::VerificationReport& report = result.value();
        qInfo().noquote() << u"%1: %2 migrations planned in %3 ms, verified in %4 ms (%5 checks)"_s
                                 .arg(m_dialect)
                                 .arg(s.edits.size())
                                 .arg(planningMs)
                                 .arg(timer.elapsed())
                                 .arg(report.steps.size());
        for (const QString& note : report.notes)
            qInfo().noquote() << u"note: "_s + note;
        if (report.ok())
            return;

        const connect::VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("report not ok without a failed step");
        QString detail = u"seed %1 (SCHEMATA_SEED=%1 to replay): %2 failed:\n%3\n"_s.arg(seed).arg(
            failure->label, failure->messages.join(u'\n'));
        int culprit = failure->migration;
        if (failure->kind == connect::VerificationStep::Kind::Compare) {
            // Shortest prefix whose replay already differs from its fresh build.
            int good = 0;
            int bad = int(s.edits.size());
            while (bad - good > 1) {
                const int mid = (good + bad) / 2;
                const auto probe = verify(s, mid);
                const bool compareFails =
                    probe.ok() && probe.value().firstFailure() &&
                    probe.value().firstFailure()->kind == connect::VerificationStep::Kind::Compare;
                (compareFails ? bad : good) = mid;
            }
            culprit = bad;
            detail += u"the shortest failing prefix ends at migration %1\n"_s.arg(bad);
        }
        if (culprit >= 1)
            detail += describeMigration(s, culprit - 1);
        QFAIL(qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestMigrationProperty)
#include "tst_migrationproperty.moc"
