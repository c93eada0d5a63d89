// Bundle scripts run the way the tools run them, on a real PostgreSQL 17: a tool that
// wraps each migration in its own transaction (dbmate, Flyway, Liquibase, Alembic) gets a
// wrappable script with BEGIN/COMMIT removed and runs it inside one transaction (psql
// --single-transaction); a self-managed script runs verbatim outside (transaction:false).
// The history comes from migrationauthor (real planner output), and the test also shows
// the classification is needed: the CONCURRENTLY migration fails when wrapped.
#include "document/document.h"
#include "migrate/bundlescript.h"
#include "migrate/migrationauthor.h"
#include "postgresserver.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
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

struct Psql
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestBundlePostgres : public QObject
{
    Q_OBJECT
private:
    enginetest::PostgresServer m_server;
    QSqlDatabase m_db;
    document::Document m_doc;

    Psql psql(const QString& script, bool singleTransaction)
    {
        QStringList args{
            u"-X"_s, u"-q"_s,   u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, m_server.socketDirectory(),
            u"-p"_s, u"5432"_s, u"-U"_s, u"postgres"_s,        u"-d"_s, u"bundles"_s};
        if (singleTransaction)
            args << u"--single-transaction"_s;
        args << u"-f"_s << u"-"_s;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QString::fromLatin1(enginetest::PostgresServer::kBinDir) + u"/psql"_s, args);
        if (!p.waitForStarted())
            return {-1, u"cannot start psql"_s};
        p.write(script.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {-1, u"psql timed out"_s};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAll())};
    }

    // Runs one stored script as a wrapping tool would; returns psql's output on failure.
    QString runAsWrappingTool(const QString& script)
    {
        const migrate::BundleScript parsed(script, false);
        const Psql r = parsed.wrappable() ? psql(parsed.withoutTransactionControl(), true)
                                          : psql(script, false);
        return r.exitCode == 0 ? QString() : r.output;
    }

    QStringList strings(const QString& sql)
    {
        QSqlQuery q(m_db);
        QStringList out;
        if (!q.exec(sql))
            return {u"query failed: "_s + q.lastError().text()};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QStringList columns()
    {
        return strings(u"SELECT column_name FROM information_schema.columns WHERE table_name = "
                       u"'customer' ORDER BY ordinal_position"_s);
    }

    QStringList indexes()
    {
        return strings(
            u"SELECT indexname FROM pg_indexes WHERE tablename = 'customer' ORDER BY 1"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const core::Status started = m_server.start(); !started)
            QFAIL(qPrintable(started.error().toString()));
        const auto db = m_server.createDatabase(u"bundles"_s);
        if (!db)
            QFAIL(qPrintable(db.error().toString()));
        m_db = db.value();

        // Two migrations from the real planner: create a table, then add a column, index
        // it and drop another (an irreversible step).
        document::Document doc;
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
        auto first = migrate::appendMigration(doc, u"create customer"_s, at("20261122100000"));
        if (!first)
            QFAIL(qPrintable(first.error().toString()));
        doc = first.value();
        model::Table& customer = doc.model.tables[0];
        customer.columns.removeLast();
        customer.columns.append(column("col_email", "email", "text"));
        model::Index ix;
        ix.id = core::Id(u"ix_customer_email"_s);
        ix.name = u"ix_customer_email"_s;
        model::IndexKey key;
        key.columnId = core::Id(u"col_email"_s);
        ix.keys.append(key);
        customer.indexes.append(ix);
        auto second = migrate::appendMigration(doc, u"email index"_s, at("20261122110000"));
        if (!second)
            QFAIL(qPrintable(second.error().toString()));
        m_doc = second.value();
    }

    void classification()
    {
        const auto& m = m_doc.history.migrations;
        QCOMPARE(m.size(), 2);
        const auto script = [&](int i, bool up) {
            const document::MigrationScript& s = m[i].scripts[u"postgres"_s];
            return migrate::BundleScript(up ? s.up : s.down, false);
        };
        QVERIFY2(script(0, true).wrappable(), qPrintable(m[0].scripts[u"postgres"_s].up));
        QVERIFY2(script(0, false).wrappable(), qPrintable(m[0].scripts[u"postgres"_s].down));
        // CREATE/DROP INDEX CONCURRENTLY sit outside the transaction block.
        QVERIFY2(!script(1, true).wrappable(), qPrintable(m[1].scripts[u"postgres"_s].up));
        QVERIFY2(!script(1, false).wrappable(), qPrintable(m[1].scripts[u"postgres"_s].down));
    }

    void wrappingTheConcurrentMigrationFails()
    {
        // First bring the database to the state before migration 2.
        QCOMPARE(runAsWrappingTool(m_doc.history.migrations[0].scripts[u"postgres"_s].up),
                 QString());
        const migrate::BundleScript parsed(m_doc.history.migrations[1].scripts[u"postgres"_s].up,
                                           false);
        const Psql r = psql(parsed.withoutTransactionControl(), true);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.output.contains(u"cannot run inside a transaction block"_s),
                 qPrintable(r.output));
        // The failed transaction left nothing behind.
        QCOMPARE(columns(), QStringList({u"id"_s, u"note"_s}));
        QCOMPARE(runAsWrappingTool(m_doc.history.migrations[0].scripts[u"postgres"_s].down),
                 QString());
        QCOMPARE(columns(), QStringList());
    }

    void upThenDownAsTheToolsRunThem()
    {
        const auto& m = m_doc.history.migrations;
        QCOMPARE(runAsWrappingTool(m[0].scripts[u"postgres"_s].up), QString());
        QCOMPARE(columns(), QStringList({u"id"_s, u"note"_s}));
        QVERIFY(QSqlQuery(m_db).exec(u"INSERT INTO customer (id, note) VALUES (1, 'kept')"_s));

        QCOMPARE(runAsWrappingTool(m[1].scripts[u"postgres"_s].up), QString());
        QCOMPARE(columns(), QStringList({u"id"_s, u"email"_s}));
        QCOMPARE(indexes(), QStringList({u"customer_pkey"_s, u"ix_customer_email"_s}));
        QCOMPARE(strings(u"SELECT id FROM customer"_s), QStringList({u"1"_s}));

        QCOMPARE(runAsWrappingTool(m[1].scripts[u"postgres"_s].down), QString());
        QCOMPARE(columns(), QStringList({u"id"_s, u"note"_s}));
        QCOMPARE(indexes(), QStringList({u"customer_pkey"_s}));
        QCOMPARE(runAsWrappingTool(m[0].scripts[u"postgres"_s].down), QString());
        QCOMPARE(columns(), QStringList());
    }

    void cleanupTestCase()
    {
        m_db = QSqlDatabase();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestBundlePostgres)
#include "tst_bundlepostgres.moc"
