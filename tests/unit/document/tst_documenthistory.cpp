// The "history" section of the document format and the history rules: round trips,
// the checksum (pinned, since stored files depend on it never changing), structural
// errors with their JSON paths, and validateHistory's messages.
#include "document/documentformat.h"
#include "testdocuments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace schemata;
using namespace Qt::StringLiterals;
using document::Document;
using document::Migration;
using document::MigrationHistory;

namespace {

const QString kSource = QStringLiteral("test.schemata");

Migration sampleMigration()
{
    Migration m;
    m.id = u"20261122193000"_s;
    m.name = u"add_notes"_s;
    m.scripts.insert(u"sqlite"_s, {u"ALTER TABLE \"t\" ADD COLUMN \"note\" text; -- é\n"_s, {}});
    m.scripts.insert(u"postgres"_s, {u"ALTER TABLE \"t\" ADD COLUMN \"note\" text;\n"_s,
                                     u"ALTER TABLE \"t\" DROP COLUMN \"note\";\n"_s});
    m.checksum = document::migrationChecksum(m);
    return m;
}

MigrationHistory validHistory()
{
    MigrationHistory h;
    h.migrations.append(sampleMigration());
    Migration second = sampleMigration();
    second.id = u"20261122200000"_s;
    second.name = u"drop_notes"_s;
    second.irreversible = true;
    std::swap(second.scripts[u"postgres"_s].up, second.scripts[u"postgres"_s].down);
    second.checksum = document::migrationChecksum(second);
    h.migrations.append(second);
    h.snapshot = model::Model();
    return h;
}

// Returns `v` with the value at `path` (object keys and array indexes) replaced by
// `replacement`, or removed when `replacement` is undefined.
QJsonValue replaced(const QJsonValue& v, QVariantList path, const QJsonValue& replacement)
{
    if (path.isEmpty())
        return replacement;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = v.toArray();
        const int i = step.toInt();
        if (i >= a.size())
            qFatal("test input: index %d out of range", i);
        a.replace(i, replaced(a.at(i), path, replacement));
        return a;
    }
    QJsonObject o = v.toObject();
    const QString key = step.toString();
    if (path.isEmpty() && replacement.isUndefined()) {
        if (!o.contains(key))
            qFatal("test input: key %s missing", qPrintable(key));
        o.remove(key);
        return o;
    }
    if (!path.isEmpty() && !o.contains(key))
        qFatal("test input: key %s missing", qPrintable(key));
    o.insert(key, replaced(o.value(key), path, replacement));
    return o;
}

QByteArray richWith(const QVariantList& path, const QJsonValue& replacement)
{
    const QJsonObject root =
        QJsonDocument::fromJson(document::writeDocument(testdocs::richDocument())).object();
    if (!root.contains("history"_L1))
        qFatal("test input: the rich document has no history");
    return QJsonDocument(replaced(root, path, replacement).toObject()).toJson();
}

} // namespace

class TestDocumentHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checksumIsPinned()
    {
        // Computed from the serialisation documented in docs/file-format.md by an
        // independent script; a change here breaks every released history.
        QCOMPARE(document::migrationChecksum(sampleMigration()),
                 u"sha256:8bd561c64d09cbed7c8ff7e6d580b07ddf7648f76049b0ae7390c9701d1bc875"_s);
    }

    void checksumCoversEveryField_data()
    {
        QTest::addColumn<int>("edit");
        QTest::newRow("id") << 0;
        QTest::newRow("name") << 1;
        QTest::newRow("irreversible") << 2;
        QTest::newRow("up") << 3;
        QTest::newRow("down") << 4;
        QTest::newRow("dialect key") << 5;
        QTest::newRow("text moved from up to down") << 6;
        QTest::newRow("script removed") << 7;
    }
    void checksumCoversEveryField()
    {
        QFETCH(int, edit);
        const Migration original = sampleMigration();
        Migration m = original;
        document::MigrationScript& pg = m.scripts[u"postgres"_s];
        switch (edit) {
        case 0:
            m.id = u"20261122193001"_s;
            break;
        case 1:
            m.name = u"add_note"_s;
            break;
        case 2:
            m.irreversible = true;
            break;
        case 3:
            pg.up += u' ';
            break;
        case 4:
            pg.down.chop(1);
            break;
        case 5:
            m.scripts.insert(u"mysql"_s, m.scripts.take(u"postgres"_s));
            break;
        case 6:
            // The same concatenated text split differently must not collide.
            pg.down = pg.up.right(5) + pg.down;
            pg.up.chop(5);
            break;
        default:
            m.scripts.remove(u"sqlite"_s);
            break;
        }
        QVERIFY(document::migrationChecksum(m) != original.checksum);
        QVERIFY(document::migrationChecksum(m).startsWith("sha256:"_L1));
        QCOMPARE(document::migrationChecksum(m).size(), 7 + 64);
    }

    void richHistoryRoundTripsByteEqual()
    {
        const Document doc = testdocs::richDocument();
        QVERIFY(!doc.history.isEmpty());
        const QByteArray bytes = document::writeDocument(doc);
        const auto read = document::readDocument(bytes, kSource);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        QVERIFY(read.value().history == doc.history);
        QCOMPARE(document::writeDocument(read.value()), bytes);
        QVERIFY(document::validateHistory(read.value().history).isEmpty());
    }

    void emptySnapshotIsKept()
    {
        // A history whose latest migration dropped everything has an empty snapshot,
        // which is not the same as no snapshot.
        Document doc = testdocs::smallDocument();
        doc.history = validHistory();
        const QByteArray bytes = document::writeDocument(doc);
        QVERIFY(bytes.contains("\"snapshot\": {}"));
        const auto read = document::readDocument(bytes, kSource);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        QVERIFY(read.value().history.snapshot.has_value());
        QVERIFY(read.value().history == doc.history);
        QCOMPARE(document::writeDocument(read.value()), bytes);
    }

    void noHistoryNoSection()
    {
        const QByteArray bytes = document::writeDocument(testdocs::smallDocument());
        QVERIFY(!bytes.contains("\"history\""));
        const auto read = document::readDocument(bytes, kSource);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        QVERIFY(read.value().history.isEmpty());
        QVERIFY(!read.value().history.snapshot);
    }

    void badChecksumIsLoadedAndNamed()
    {
        const QByteArray bytes =
            richWith({u"history"_s, u"migrations"_s, 1, u"checksum"_s}, u"sha256:00"_s);
        const auto read = document::readDocument(bytes, kSource);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        const QStringList problems = document::validateHistory(read.value().history);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().startsWith(
                "$.history.migrations[1] (20261122193501_drop_legacy_2): checksum mismatch"_L1),
            qPrintable(problems.first()));
    }

    void editedScriptIsNamed()
    {
        const QByteArray bytes =
            richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s, u"sqlite"_s, u"up"_s},
                     u"DROP TABLE \"order\";\n"_s);
        const auto read = document::readDocument(bytes, kSource);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        const QStringList problems = document::validateHistory(read.value().history);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains("migrations[0] (20261122193000_create_billing)"_L1),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains("edited after it was released"_L1),
                 qPrintable(problems.first()));
    }

    void structuralErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // the whole Error::toString() after the source

        const QString m0 = u"$.history.migrations[0]"_s;
        QTest::newRow("id a number")
            << richWith({u"history"_s, u"migrations"_s, 0, u"id"_s}, 20261122193000.0)
            << m0 + u".id: expected a string, found a number"_s;
        QTest::newRow("id missing")
            << richWith({u"history"_s, u"migrations"_s, 0, u"id"_s}, QJsonValue::Undefined)
            << m0 + u".id: missing required key"_s;
        QTest::newRow("name a boolean")
            << richWith({u"history"_s, u"migrations"_s, 0, u"name"_s}, true)
            << m0 + u".name: expected a string, found a boolean"_s;
        QTest::newRow("irreversible a string")
            << richWith({u"history"_s, u"migrations"_s, 1, u"irreversible"_s}, u"yes"_s)
            << u"$.history.migrations[1].irreversible: expected a boolean, found a string"_s;
        QTest::newRow("checksum null")
            << richWith({u"history"_s, u"migrations"_s, 0, u"checksum"_s}, QJsonValue::Null)
            << m0 + u".checksum: expected a string, found null"_s;
        QTest::newRow("checksum missing")
            << richWith({u"history"_s, u"migrations"_s, 0, u"checksum"_s}, QJsonValue::Undefined)
            << m0 + u".checksum: missing required key"_s;
        QTest::newRow("scripts missing")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s}, QJsonValue::Undefined)
            << m0 + u".scripts: missing required key"_s;
        QTest::newRow("scripts an array")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s}, QJsonArray())
            << m0 + u".scripts: expected an object, found an array"_s;
        QTest::newRow("unknown dialect")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s, u"oracle"_s},
                        QJsonObject{{u"up"_s, u""_s}, {u"down"_s, u""_s}})
            << m0 + u".scripts.oracle: unknown dialect (expected one of: postgres, mysql, "
                    u"mariadb, sqlite)"_s;
        QTest::newRow("up missing")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s, u"sqlite"_s, u"up"_s},
                        QJsonValue::Undefined)
            << m0 + u".scripts.sqlite.up: missing required key"_s;
        QTest::newRow("down a number")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s, u"sqlite"_s, u"down"_s}, 1)
            << m0 + u".scripts.sqlite.down: expected a string, found a number"_s;
        QTest::newRow("unknown key in a script")
            << richWith({u"history"_s, u"migrations"_s, 0, u"scripts"_s, u"sqlite"_s, u"sql"_s},
                        u"x"_s)
            << m0 + u".scripts.sqlite.sql: unknown key"_s;
        QTest::newRow("unknown key in a migration")
            << richWith({u"history"_s, u"migrations"_s, 1, u"author"_s}, u"me"_s)
            << u"$.history.migrations[1].author: unknown key"_s;
        QTest::newRow("migration a string")
            << richWith({u"history"_s, u"migrations"_s, 1}, u"x"_s)
            << u"$.history.migrations[1]: expected an object, found a string"_s;
        QTest::newRow("migrations an object")
            << richWith({u"history"_s, u"migrations"_s}, QJsonObject())
            << u"$.history.migrations: expected an array, found an object"_s;
        QTest::newRow("history an array") << richWith({u"history"_s}, QJsonArray())
                                          << u"$.history: expected an object, found an array"_s;
        QTest::newRow("unknown key in history")
            << richWith({u"history"_s, u"baseline"_s}, 1) << u"$.history.baseline: unknown key"_s;
        QTest::newRow("snapshot a string")
            << richWith({u"history"_s, u"snapshot"_s}, u"x"_s)
            << u"$.history.snapshot: expected an object, found a string"_s;
        QTest::newRow("snapshot: unknown type")
            << richWith({u"history"_s, u"snapshot"_s, u"tables"_s, 0, u"columns"_s, 0, u"type"_s},
                        u"quantum"_s)
            << u"$.history.snapshot.tables[0].columns[0].type: unknown type \"quantum\""_s;
        QTest::newRow("snapshot: dangling foreign key")
            << richWith({u"history"_s, u"snapshot"_s, u"tables"_s, 1, u"foreignKeys"_s, 0,
                         u"references"_s, u"table"_s},
                        u"tbl_nowhere"_s)
            << u"$.history.snapshot.tables[1].foreignKeys[0].references.table: unknown table "
               u"id \"tbl_nowhere\""_s;
        QTest::newRow("snapshot: duplicate id names the snapshot")
            << richWith({u"history"_s, u"snapshot"_s, u"tables"_s, 1, u"id"_s}, u"tbl_customer"_s)
            << u"$.history.snapshot.tables[1].id: duplicate id \"tbl_customer\" (first used at "
               u"$.history.snapshot.tables[0].id)"_s;
    }
    void structuralErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const auto read = document::readDocument(input, kSource);
        if (read)
            QFAIL("a broken history was accepted");
        QCOMPARE(read.error().toString().left(kSource.size() + 2), kSource + u": "_s);
        QVERIFY2(read.error().toString().mid(kSource.size() + 2).startsWith(expected),
                 qPrintable(read.error().toString()));
    }

    void idsAreUtcEvenInADstGap()
    {
        // 2026-03-29 02:30 does not exist in Berlin local time (clocks jump from 02:00 to
        // 03:00); as a UTC id it is a perfectly good time and must stay valid wherever the
        // user's machine is.
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        MigrationHistory h = validHistory();
        h.migrations[0].id = u"20260329023000"_s;
        h.migrations[0].checksum = document::migrationChecksum(h.migrations[0]);
        const QStringList problems = document::validateHistory(h);
        const auto when = document::migrationIdTime(u"20260329023000");
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (!when)
            QFAIL("the id was not parsed");
        QCOMPARE(*when, QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone::UTC));
        QVERIFY(!document::migrationIdTime(u"20260230120000")); // 30 February
        QVERIFY(!document::migrationIdTime(u"2026022912000x"));
        QVERIFY(!document::migrationIdTime(u"202602281200"));
    }

    void validateHistory_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QString>("expected"); // empty: valid

        QTest::newRow("valid") << 0 << QString();
        QTest::newRow("ids equal")
            << 1
            << u"$.history.migrations[1] (20261122193000_drop_notes): id is not later than the "
               u"previous migration's id 20261122193000"_s;
        QTest::newRow("ids decreasing")
            << 2 << u"$.history.migrations[1] (20261122183000_drop_notes): id is not later"_s;
        QTest::newRow("id too short")
            << 3 << u"$.history.migrations[0] (2026112219300_add_notes): invalid id"_s;
        QTest::newRow("id month 13")
            << 4 << u"$.history.migrations[0] (20261322193000_add_notes): invalid id"_s;
        QTest::newRow("name not snake_case")
            << 5 << u"$.history.migrations[0] (20261122193000_Add Notes): invalid name"_s;
        QTest::newRow("name empty")
            << 6 << u"$.history.migrations[0] (20261122193000_): invalid name \"\""_s;
        QTest::newRow("no scripts")
            << 7 << u"$.history.migrations[0] (20261122193000_add_notes): no scripts"_s;
        QTest::newRow("snapshot missing") << 8 << u"$.history.snapshot: missing"_s;
        QTest::newRow("snapshot without migrations")
            << 9 << u"$.history.snapshot: present without migrations"_s;
    }
    void validateHistory()
    {
        QFETCH(int, edit);
        QFETCH(QString, expected);
        MigrationHistory h = validHistory();
        Migration& first = h.migrations[0];
        Migration& second = h.migrations[1];
        switch (edit) {
        case 1:
            second.id = first.id;
            break;
        case 2:
            second.id = u"20261122183000"_s;
            break;
        case 3:
            first.id = u"2026112219300"_s;
            break;
        case 4:
            first.id = u"20261322193000"_s;
            break;
        case 5:
            first.name = u"Add Notes"_s;
            break;
        case 6:
            first.name.clear();
            break;
        case 7:
            first.scripts.clear();
            break;
        case 8:
            h.snapshot.reset();
            break;
        case 9:
            h.migrations.clear();
            break;
        default:
            break;
        }
        // Re-seal the edited migrations: these cases are about the rule, not the checksum.
        for (Migration& m : h.migrations)
            m.checksum = document::migrationChecksum(m);
        const QStringList problems = document::validateHistory(h);
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(expected), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestDocumentHistory)
#include "tst_documenthistory.moc"
