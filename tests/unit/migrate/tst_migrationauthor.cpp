// "New migration": the pending change from the history's snapshot to the model, planned
// for every dialect, appended with a checksum; names normalised, ids ordered, an edited
// history refused.
#include "document/documentformat.h"
#include "migrate/migrationauthor.h"

#include <QTest>
#include <QTimeZone>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const char* text)
{
    const auto t = document::migrationIdTime(QString::fromLatin1(text));
    if (!t)
        qFatal("test input: bad time %s", text);
    return *t;
}

model::Column column(const char* id, const char* name, const char* type, bool nullable = true)
{
    model::Column c;
    c.id = core::Id(QString::fromLatin1(id));
    c.name = QString::fromLatin1(name);
    c.type = *model::LogicalType::parse(QString::fromLatin1(type));
    c.nullable = nullable;
    return c;
}

document::Document shop()
{
    document::Document doc;
    doc.name = u"shop"_s;
    doc.dialect = u"postgres"_s;
    doc.model.schemas.append({core::Id(u"sch_public"_s), u"public"_s, QString()});
    model::Table t;
    t.id = core::Id(u"tbl_customer"_s);
    t.schemaId = core::Id(u"sch_public"_s);
    t.name = u"customer"_s;
    t.columns.append(column("col_id", "id", "bigint", false));
    t.columns.append(column("col_note", "note", "text"));
    t.primaryKey = model::KeyConstraint{
        core::Id(u"pk_customer"_s), u"customer_pkey"_s, {core::Id(u"col_id"_s)}};
    doc.model.tables.append(t);
    return doc;
}

document::Document afterFirst()
{
    const auto appended =
        migrate::appendMigration(shop(), u"create customer"_s, at("20261122100000"));
    if (!appended)
        qFatal("appendMigration failed: %s", qPrintable(appended.error().toString()));
    return appended.value();
}

} // namespace

class TestMigrationAuthor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("words") << u"Add order notes"_s << u"add_order_notes"_s;
        QTest::newRow("camelCase") << u"addOrderNotes"_s << u"add_order_notes"_s;
        QTest::newRow("separators") << u"  add--order__notes. "_s << u"add_order_notes"_s;
        QTest::newRow("accents") << u"Ajouter la clé"_s << u"ajouter_la_cle"_s;
        QTest::newRow("digits") << u"v2 Index"_s << u"v2_index"_s;
        QTest::newRow("already snake") << u"drop_legacy_2"_s << u"drop_legacy_2"_s;
        QTest::newRow("only punctuation") << u"!!!"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("too long") << QString(81, u'a') << QString();
    }
    void names()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto pending = migrate::pendingMigration(shop(), input, at("20261122100000"));
        if (expected.isEmpty()) {
            QVERIFY(!pending.ok());
            return;
        }
        if (!pending)
            QFAIL(qPrintable(pending.error().toString()));
        QCOMPARE(pending.value().migration.name, expected);
    }

    void firstMigrationStartsFromEmpty()
    {
        const document::Document doc = shop();
        const auto pending =
            migrate::pendingMigration(doc, u"create customer"_s, at("20261122100000"));
        if (!pending)
            QFAIL(qPrintable(pending.error().toString()));
        const document::Migration& m = pending.value().migration;
        QVERIFY(!pending.value().empty);
        QCOMPARE(m.id, u"20261122100000"_s);
        QCOMPARE(m.scripts.keys(),
                 QStringList({u"mariadb"_s, u"mysql"_s, u"postgres"_s, u"sqlite"_s}));
        for (auto it = m.scripts.cbegin(); it != m.scripts.cend(); ++it) {
            QVERIFY2(it.value().up.contains(u"CREATE TABLE"_s), qPrintable(it.key()));
            QVERIFY2(it.value().down.contains(u"DROP TABLE"_s), qPrintable(it.key()));
        }
        QVERIFY(!m.irreversible);
        QCOMPARE(m.checksum, document::migrationChecksum(m));
        // Deterministic: the same document and time give the same migration.
        const auto again =
            migrate::pendingMigration(doc, u"create customer"_s, at("20261122100000"));
        if (!again)
            QFAIL("second call failed");
        QVERIFY(again.value().migration == m);
    }

    void appendMovesTheSnapshot()
    {
        const document::Document doc = afterFirst();
        QCOMPARE(doc.history.migrations.size(), 1);
        QVERIFY(doc.history.snapshot.has_value());
        QVERIFY(*doc.history.snapshot == doc.model);
        QVERIFY(document::validateHistory(doc.history).isEmpty());
        // Survives a save/load round trip unchanged.
        const auto read = document::readDocument(document::writeDocument(doc), u"t"_s);
        if (!read)
            QFAIL(qPrintable(read.error().toString()));
        QVERIFY(read.value() == doc);
    }

    void nothingToMigrate()
    {
        const document::Document doc = afterFirst();
        const auto pending = migrate::pendingMigration(doc, u"again"_s, at("20261122110000"));
        if (!pending)
            QFAIL(qPrintable(pending.error().toString()));
        QVERIFY(pending.value().empty);
        const auto appended = migrate::appendMigration(doc, u"again"_s, at("20261122110000"));
        QVERIFY(!appended.ok());
        if (!appended.ok())
            QVERIFY(appended.error().message.startsWith(u"nothing to migrate"_s));
    }

    void renameIsExactAndDropIsIrreversible()
    {
        document::Document doc = afterFirst();
        doc.model.tables[0].columns[0].name = u"customer_id"_s; // rename by id
        doc.model.tables[0].columns.removeLast();               // drop "note"
        const auto pending =
            migrate::pendingMigration(doc, u"rename id drop note"_s, at("20261122110000"));
        if (!pending)
            QFAIL(qPrintable(pending.error().toString()));
        const document::Migration& m = pending.value().migration;
        const QString up = m.scripts.value(u"postgres"_s).up;
        QVERIFY2(up.contains(u"RENAME COLUMN"_s), qPrintable(up));
        QVERIFY2(!up.contains(u"ADD COLUMN"_s), qPrintable(up));
        QVERIFY(m.irreversible);
        // Findings are for the document's dialect and name the destructive step.
        bool destructive = false;
        for (const migrate::Finding& f : pending.value().findings)
            destructive = destructive || f.code.startsWith(u"destructive/"_s);
        QVERIFY(destructive);
    }

    void idMustBeLater()
    {
        document::Document doc = afterFirst();
        doc.model.tables[0].columns.append(column("col_email", "email", "text"));
        for (const char* time : {"20261122100000", "20261122095959"}) {
            const auto pending = migrate::pendingMigration(doc, u"add email"_s, at(time));
            QVERIFY(!pending.ok());
            if (!pending.ok())
                QVERIFY2(pending.error().message.contains(u"not later than the last"_s),
                         qPrintable(pending.error().message));
        }
        QVERIFY(migrate::pendingMigration(doc, u"add email"_s, at("20261122100001")).ok());
    }

    void editedHistoryIsRefused()
    {
        document::Document doc = afterFirst();
        doc.history.migrations[0].scripts[u"postgres"_s].up += u"DROP TABLE x;\n"_s;
        doc.model.tables[0].columns.append(column("col_email", "email", "text"));
        const auto appended = migrate::appendMigration(doc, u"add email"_s, at("20261122110000"));
        QVERIFY(!appended.ok());
        if (!appended.ok())
            QVERIFY2(appended.error().message.contains(
                         u"$.history.migrations[0] (20261122100000_create_customer): checksum "
                         u"mismatch"_s),
                     qPrintable(appended.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMigrationAuthor)
#include "tst_migrationauthor.moc"
