#include "connect/migrationverifier.h"
#include "connect/sqlitecatalogreader.h"
#include "document/documentformat.h"
#include "document/migrationhistory.h"
#include "migrate/migrationauthor.h"
#include "migrationengines.h"
#include "sqlitedatabase.h"
#include "sqlscript.h"

#include <QSqlQuery>
#include <QTest>

#ifndef SCHEMATA_VERIFY_DIALECT
#error "SCHEMATA_VERIFY_DIALECT must name the dialect under test"
#endif

using namespace schemata;
using namespace Qt::StringLiterals;
using connect::VerificationReport;
using connect::VerificationStep;

namespace {

model::Column column(const QString& id, const QString& name, const QString& type, bool nullable)
{
    model::Column c;
    c.id = core::Id(id);
    c.name = name;
    c.type = model::LogicalType::parse(type).value_or(model::LogicalType{});
    c.nullable = nullable;
    return c;
}

// The three models a small shop goes through: customers; orders referencing them;
// an e-mail column on customers.
model::Model shopModel(int stage)
{
    model::Model m;
    const core::Id schema(u"sch_public"_s);
    m.schemas.append({schema, u"public"_s, {}});
    model::Table customer;
    customer.id = core::Id(u"tbl_customer"_s);
    customer.schemaId = schema;
    customer.name = u"customer"_s;
    customer.columns = {column(u"col_customer_id"_s, u"id"_s, u"integer"_s, false),
                        column(u"col_customer_name"_s, u"name"_s, u"varchar(40)"_s, false)};
    if (stage >= 3)
        customer.columns.append(
            column(u"col_customer_email"_s, u"email"_s, u"varchar(100)"_s, true));
    customer.primaryKey = model::KeyConstraint{
        core::Id(u"pk_customer"_s), u"customer_pkey"_s, {core::Id(u"col_customer_id"_s)}};
    m.tables.append(customer);
    if (stage >= 2) {
        model::Table orders;
        orders.id = core::Id(u"tbl_orders"_s);
        orders.schemaId = schema;
        orders.name = u"orders"_s;
        orders.columns = {column(u"col_orders_id"_s, u"id"_s, u"integer"_s, false),
                          column(u"col_orders_customer"_s, u"customer_id"_s, u"integer"_s, false),
                          column(u"col_orders_note"_s, u"note"_s, u"varchar(200)"_s, true)};
        orders.primaryKey = model::KeyConstraint{
            core::Id(u"pk_orders"_s), u"orders_pkey"_s, {core::Id(u"col_orders_id"_s)}};
        model::ForeignKey fk;
        fk.id = core::Id(u"fk_orders_customer"_s);
        fk.name = u"orders_customer_fk"_s;
        fk.columnIds = {core::Id(u"col_orders_customer"_s)};
        fk.referencedTableId = customer.id;
        fk.referencedColumnIds = {core::Id(u"col_customer_id"_s)};
        orders.foreignKeys.append(fk);
        model::Index index;
        index.id = core::Id(u"idx_orders_customer"_s);
        index.name = u"orders_customer_idx"_s;
        index.keys = {model::IndexKey{core::Id(u"col_orders_customer"_s), {}, {}, {}}};
        orders.indexes.append(index);
        m.tables.append(orders);
    }
    return m;
}

// Hand-written scripts (not the planner's), the way a person would write them for each
// engine, so this test checks the verifier independently of the planners.
struct Scripts
{
    QString up;
    QString down;
};

QList<Scripts> shopScripts()
{
    return {
        {u"-- create customers\n"
         "CREATE TABLE customer (\n"
         "    id integer NOT NULL,\n"
         "    name varchar(40) NOT NULL,\n"
         "    CONSTRAINT customer_pkey PRIMARY KEY (id)\n"
         ");\n"_s,
         u"DROP TABLE customer;\n"_s},
        {u"BEGIN;\n"
         "CREATE TABLE orders (\n"
         "    id integer NOT NULL,\n"
         "    customer_id integer NOT NULL,\n"
         "    note varchar(200),\n"
         "    CONSTRAINT orders_pkey PRIMARY KEY (id),\n"
         "    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)\n"
         ");\n"
         "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
         "COMMIT;\n"_s,
         u"DROP TABLE orders;\n"_s},
        {u"ALTER TABLE customer ADD COLUMN email varchar(100);\n"_s,
         u"ALTER TABLE customer DROP COLUMN email;\n"_s},
    };
}

document::Document shopDocument(const QString& dialect, QList<Scripts> scripts,
                                const model::Model& snapshot = shopModel(3))
{
    static const char* const names[] = {"create_customers", "create_orders", "add_customer_email"};
    document::Document doc;
    doc.dialect = dialect;
    doc.model = snapshot;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        document::Migration m;
        m.id = u"2026010100000%1"_s.arg(i + 1);
        m.name = QLatin1String(names[i]);
        m.scripts.insert(dialect, {scripts.at(i).up, scripts.at(i).down});
        m.checksum = document::migrationChecksum(m);
        doc.history.migrations.append(m);
    }
    doc.history.snapshot = snapshot;
    return doc;
}

QString describe(const VerificationReport& report)
{
    return report.toText(false);
}

} // namespace

// Verifying a hand-made history on a real engine: it passes when the scripts are right,
// and each kind of check is shown to fail on a script that is wrong.
class TestMigrationVerify : public QObject
{
    Q_OBJECT
    const QString m_dialect = QStringLiteral(SCHEMATA_VERIFY_DIALECT);
    enginetest::MigrationEngines m_engines;

    core::Result<VerificationReport> verify(const document::Document& doc,
                                            const std::atomic_bool* cancel = nullptr)
    {
        connect::MigrationVerifier verifier(m_engines.verifierOptions());
        verifier.setCancelFlag(cancel);
        return verifier.verify(doc);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const core::Status started = m_engines.start(m_dialect);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    void handMadeHistoryVerifies()
    {
        QList<QPair<int, QString>> progress;
        connect::MigrationVerifier verifier(m_engines.verifierOptions());
        verifier.setProgress(
            [&](int done, int, const QString& what) { progress.append({done, what}); });
        const auto result = verifier.verify(shopDocument(m_dialect, shopScripts()));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        qInfo().noquote() << report.toText();
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        // 3 ups, the fresh-build comparison, 3 downs, 3 ups again, and the data checks
        // before migrations 2 and 3 (migration 1 runs on an empty database).
        QList<VerificationStep::Kind> kinds;
        for (const VerificationStep& step : report.steps)
            kinds.append(step.kind);
        using K = VerificationStep::Kind;
        QCOMPARE(kinds, (QList<K>{K::Up, K::Up, K::Data, K::Up, K::Data, K::Compare, K::Down,
                                  K::Down, K::Down, K::Reapply, K::Reapply, K::Reapply}));
        QCOMPARE(report.steps.at(4).label, u"migration 3: 2 sample row(s) survive the up"_s);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(u'\n')));
        QCOMPARE(progress.size(), 10); // the data checks ride along with their up
        QCOMPARE(progress.constFirst().second,
                 u"migration 1 (20260101000001_create_customers) up"_s);
        QCOMPARE(progress.constLast().first, 9);
    }

    // The down of migration 3 forgets to drop the column: the catalog after it differs
    // from the one after migration 2 and the verifier says where.
    void brokenDownIsCaught()
    {
        QList<Scripts> scripts = shopScripts();
        scripts[2].down = u"-- forgot the column\nSELECT 1;\n"_s;
        const auto result = verify(shopDocument(m_dialect, scripts));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        QVERIFY2(!report.ok(), qPrintable(describe(report)));
        const VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("no failed step");
        QCOMPARE(failure->kind, VerificationStep::Kind::Down);
        QCOMPARE(failure->migration, 3);
        const QString text = failure->messages.join(u'\n');
        QVERIFY2(text.contains(u"the catalog after migration 2 up"_s), qPrintable(text));
        QVERIFY2(text.contains(u"add column"_s) && text.contains(u"email"_s), qPrintable(text));
        // Nothing after a failed down runs: no "up again" on a database in an unknown state.
        QCOMPARE(report.steps.constLast().kind, VerificationStep::Kind::Down);
        QVERIFY(describe(report).contains(
            u"FAILED  migration 3 (20260101000003_add_customer_email) down"_s));
    }

    // A statement the engine refuses: the report names migration, direction, statement
    // number, its line in the script and the server's error.
    void failingStatementIsNamed()
    {
        QList<Scripts> scripts = shopScripts();
        scripts[1].up.replace(u"CREATE INDEX orders_customer_idx ON orders (customer_id)"_s,
                              u"CREATE INDEX orders_customer_idx ON orders (no_such_column)"_s);
        const auto result = verify(shopDocument(m_dialect, scripts));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        const VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("no failed step");
        QCOMPARE(failure->kind, VerificationStep::Kind::Up);
        QCOMPARE(failure->migration, 2);
        QVERIFY2(failure->messages.value(0).startsWith(
                     u"migration 2 (20260101000002_create_orders) up, statement 3 (line 9): "_s),
                 qPrintable(failure->messages.join(u'\n')));
        QVERIFY2(failure->messages.value(0).contains(u"no_such_column"_s),
                 qPrintable(failure->messages.join(u'\n')));
        QCOMPARE(failure->messages.value(1),
                 u"CREATE INDEX orders_customer_idx ON orders (no_such_column)"_s);
    }

    // An up that loses rows (and is not marked irreversible) fails the data check.
    void lostRowsAreCaught()
    {
        QList<Scripts> scripts = shopScripts();
        scripts[2].up += u"DELETE FROM orders;\n"_s;
        const auto result = verify(shopDocument(m_dialect, scripts));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        const VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("no failed step");
        QCOMPARE(failure->kind, VerificationStep::Kind::Data);
        QCOMPARE(failure->migration, 3);
        QVERIFY2(failure->messages.join(u'\n').contains(
                     u"orders had 1 row(s) before the migration, 0 after"_s),
                 qPrintable(failure->messages.join(u'\n')));
    }

    // SQLite's PRAGMA foreign_key_check answers with rows instead of failing (the SQLite
    // planner ends each table rebuild with one): a row it returns fails the step, naming
    // the table.
    void foreignKeyCheckRowsAreCaught()
    {
        if (m_dialect != u"sqlite"_s)
            QSKIP("PRAGMA foreign_key_check is SQLite's");
        QList<Scripts> scripts = shopScripts();
        scripts[2].up += u"PRAGMA foreign_keys = OFF;\n"
                         "INSERT INTO orders (id, customer_id) VALUES (999999, 999999);\n"
                         "PRAGMA foreign_key_check(orders);\n"
                         "PRAGMA foreign_keys = ON;\n"_s;
        const auto result = verify(shopDocument(m_dialect, scripts));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        const VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("no failed step: the dangling row went unnoticed");
        QCOMPARE(failure->kind, VerificationStep::Kind::Up);
        QCOMPARE(failure->migration, 3);
        const QString text = failure->messages.join(u'\n');
        QVERIFY2(text.contains(u"PRAGMA foreign_key_check found rows of table orders"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"without a row in customer"_s), qPrintable(text));
    }

    // The history leads somewhere else than the model it claims: the comparison with a
    // fresh build fails, naming the difference.
    void snapshotMismatchIsCaught()
    {
        model::Model snapshot = shopModel(3);
        snapshot.tables[0].columns.append(
            column(u"col_customer_phone"_s, u"phone"_s, u"varchar(20)"_s, true));
        const auto result = verify(shopDocument(m_dialect, shopScripts(), snapshot));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const VerificationReport& report = result.value();
        const VerificationStep* failure = report.firstFailure();
        if (!failure)
            QFAIL("no failed step");
        QCOMPARE(failure->kind, VerificationStep::Kind::Compare);
        const QString text = failure->messages.join(u'\n');
        QVERIFY2(text.contains(u"drop column"_s) && text.contains(u"phone"_s), qPrintable(text));
        // The downs still run (the history itself may be fine both ways).
        QCOMPARE(report.failedCount(), 1);
    }

    void badInputIsAnError()
    {
        document::Document empty;
        empty.dialect = m_dialect;
        const auto none = verify(empty);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(u"no migrations"_s),
                 qPrintable(none.error().toString()));

        document::Document edited = shopDocument(m_dialect, shopScripts());
        edited.history.migrations[1].scripts[m_dialect].up += u"DROP TABLE customer;\n"_s;
        const auto tampered = verify(edited);
        QVERIFY(!tampered.ok());
        QVERIFY2(tampered.error().message.contains(u"checksum"_s),
                 qPrintable(tampered.error().toString()));

        document::Document otherDialect =
            shopDocument(u"sqlite"_s == m_dialect ? u"postgres"_s : u"sqlite"_s, shopScripts());
        const auto missing = verify(otherDialect);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(u"has no"_s),
                 qPrintable(missing.error().toString()));
    }

    void cancelStopsAndCleansUp()
    {
        std::atomic_bool cancel{true};
        const auto result = verify(shopDocument(m_dialect, shopScripts()), &cancel);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result.value().cancelled);
        QVERIFY(!result.value().ok());
        QVERIFY(describe(result.value()).contains(u"result: CANCELLED"_s));
    }

    // Planned migrations from golden cases, replayed on the engine: the history creates
    // the case's `from` model, then migrates to its `to` (swaps of table, column, index,
    // key and view names through temporary names, on PostgreSQL also of enum, domain and
    // domain check names; SQLite rebuilds of a rowid alias).
    void plannedGoldenCases_data()
    {
        QTest::addColumn<QString>("caseName");
        if (m_dialect == u"sqlite") {
            QTest::newRow("rename-tables-swap-names") << u"rename-tables-swap-names"_s;
            QTest::newRow("rowid-alias-rebuild") << u"rowid-alias-rebuild"_s;
            QTest::newRow("view-swap") << u"view-swap"_s; // dropped and created again
            QTest::newRow("rename-onto-dropped") << u"rename-onto-dropped"_s;
            // Two tables that reference each other swap names and are rebuilt.
            QTest::newRow("swap-referenced-tables") << u"swap-referenced-tables"_s;
        } else {
            QTest::newRow("rename-swaps") << u"rename-swaps"_s;
            QTest::newRow("rename-table") << u"rename-table"_s;
            QTest::newRow("view-swap") << u"view-swap"_s;
            // A table, column, index and view renamed onto the names of ones dropped.
            QTest::newRow("rename-onto-dropped") << u"rename-onto-dropped"_s;
        }
        if (m_dialect == u"postgres") {
            QTest::newRow("domain-check-swap") << u"domain-check-swap"_s;
            QTest::newRow("type-swaps") << u"type-swaps"_s;
            QTest::newRow("domain-rebuild-swap") << u"domain-rebuild-swap"_s;
            // Types renamed (or created) onto the names of types the migration drops.
            QTest::newRow("type-replace") << u"type-replace"_s;
            // A column leaves an enum the migration renames: its down names it as renamed.
            QTest::newRow("enum-rename-column-leaves") << u"enum-rename-column-leaves"_s;
            // An enum replaced by one that takes its name and its column.
            QTest::newRow("enum-replace-column-moves") << u"enum-replace-column-moves"_s;
        }
    }
    void plannedGoldenCases()
    {
        QFETCH(QString, caseName);
        const QString dir = QStringLiteral(SCHEMATA_SOURCE_DIR "/tests/golden/migrate/%1/%2")
                                .arg(m_dialect, caseName);
        const auto from = document::loadDocument(dir + u"/from.schemata"_s);
        const auto to = document::loadDocument(dir + u"/to.schemata"_s);
        if (!from.ok() || !to.ok())
            QFAIL(qPrintable(dir + u": cannot load the case"_s));
        document::Document doc;
        doc.dialect = m_dialect;
        doc.model = from.value().model;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
        auto first = migrate::appendMigration(doc, u"from"_s, start);
        if (!first.ok())
            QFAIL(qPrintable(first.error().toString()));
        doc = std::move(first).value();
        doc.model = to.value().model;
        auto second = migrate::appendMigration(doc, u"to"_s, start.addSecs(1));
        if (!second.ok())
            QFAIL(qPrintable(second.error().toString()));
        connect::MigrationVerifier::Options options = m_engines.verifierOptions();
        // The sample-row check pairs the catalog's tables by name before and after a
        // migration (a catalog has no ids), so across a swap it looks for a row in the
        // table that now has the other's name; the structure checks still run.
        options.sampleRows = !caseName.contains(u"swap"_s);
        const auto result = connect::MigrationVerifier(options).verify(second.value());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY2(result.value().ok(), qPrintable(describe(result.value())));
    }

    // A live SQLite database with a plain INTEGER PRIMARY KEY, imported, edited (table
    // renamed, a column retyped: a rebuild) and migrated: the rebuilt table is what a
    // fresh build of the edited model gives, without the AUTOINCREMENT the import once
    // implied, while a table that had AUTOINCREMENT keeps it.
    void importedRowidAliasRebuild()
    {
        if (m_dialect != u"sqlite")
            QSKIP("SQLite only: the rowid alias and AUTOINCREMENT");
        enginetest::SqliteDatabase sqlite;
        auto db = sqlite.createDatabase(u"live"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        const QString script =
            u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\n"
            "CREATE TABLE orders (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id INTEGER "
            "REFERENCES customer (id), note TEXT);\n"_s;
        const core::Status applied = enginetest::executeScript(db.value(), script);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        const auto read = connect::SqliteCatalogReader().read(db.value(), {}, nullptr);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        const model::Model live = read.value();

        model::Model edited = live;
        QCOMPARE(edited.tables.size(), 2);
        model::Table& customer = edited.tables[0];
        customer.name = u"client"_s;
        auto retype = [](model::Table& t, const QString& name, const QString& type) {
            for (model::Column& c : t.columns) {
                if (c.name == name) {
                    c.type = model::LogicalType::parse(type).value_or(c.type);
                    return true;
                }
            }
            return false;
        };
        QVERIFY(retype(customer, u"email"_s, u"varchar(200)"_s));
        QVERIFY(retype(edited.tables[1], u"note"_s, u"varchar(500)"_s));

        document::Document doc;
        doc.dialect = m_dialect;
        doc.model = live;
        document::Migration m;
        m.id = u"20260101000001"_s;
        m.name = u"live"_s;
        m.scripts.insert(m_dialect, {script, u"DROP TABLE orders;\nDROP TABLE customer;\n"_s});
        m.checksum = document::migrationChecksum(m);
        doc.history.migrations.append(m);
        doc.history.snapshot = live;
        doc.model = edited;
        auto appended = migrate::appendMigration(
            doc, u"rename_customer"_s, QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::UTC));
        if (!appended.ok())
            QFAIL(qPrintable(appended.error().toString()));
        const QString up =
            appended.value().history.migrations.constLast().scripts.value(m_dialect).up;
        QVERIFY2(up.contains(u"CREATE TABLE new_client (\n    id INTEGER NOT NULL,"_s),
                 qPrintable(up));
        QVERIFY2(up.contains(u"id INTEGER CONSTRAINT orders_pkey PRIMARY KEY AUTOINCREMENT"_s),
                 qPrintable(up));
        const auto result = verify(appended.value());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY2(result.value().ok(), qPrintable(describe(result.value())));
    }

    void cleanupTestCase()
    {
        // Every scratch database the runs above created is gone again.
        const QStringList left = m_engines.databases();
        for (const QString& name : left)
            QVERIFY2(!name.startsWith(u"schemata_verify_"_s), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestMigrationVerify)
#include "tst_migrationverify.moc"
