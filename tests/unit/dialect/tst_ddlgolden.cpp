#include "dialect/dialect.h"
#include "testmodels.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

// Golden DDL per dialect and model in tests/golden/ddl/<dialect>/<case>.sql, compared
// byte for byte. Regenerate with UPDATE_GOLDEN=1 and review the diff.
class TstDdlGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void sqliteAppliesCleanly_data();
    void sqliteAppliesCleanly();
    void sqliteBehaviour();
    void sqliteDomainRules();
    void statementsCarryObjectIds();
    void largeModelIsFast_data();
    void largeModelIsFast();

private:
    static model::Model modelFor(const QString& name);
    static QString render(const dialect::DdlScript& script);
};

model::Model TstDdlGolden::modelFor(const QString& name)
{
    if (name == u"shop")
        return dialect::test::shopModel();
    if (name == u"names")
        return dialect::test::namesModel();
    if (name == u"domains")
        return dialect::test::domainsModel();
    return dialect::test::typesModel();
}

QString TstDdlGolden::render(const dialect::DdlScript& script)
{
    QString out = script.toSql();
    if (!script.warnings.isEmpty()) {
        out += u"\n-- Warnings:\n"_s;
        for (const model::Diagnostic& w : script.warnings)
            out += u"-- "_s + w.toString() + u'\n';
    }
    return out;
}

void TstDdlGolden::golden_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("modelName");
    for (const QString& d : dialect::dialectNames()) {
        for (const char* m : {"shop", "names", "types", "domains"})
            QTest::addRow("%s/%s", qPrintable(d), m) << d << QString::fromLatin1(m);
    }
}

void TstDdlGolden::golden()
{
    QFETCH(QString, dialect);
    QFETCH(QString, modelName);
    const auto d = dialect::createDialect(dialect);
    const QString actual = render(d->createScript(modelFor(modelName)));
    const QString path =
        QStringLiteral(SCHEMATA_SOURCE_DIR "/tests/golden/ddl/%1/%2.sql").arg(dialect, modelName);
    if (qEnvironmentVariableIntValue("UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        qInfo("updated %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(path + u" is missing; run with UPDATE_GOLDEN=1"_s));
    const QString expected = QString::fromUtf8(in.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("first difference at line %lld:\n  expected: %s\n  actual:   %s", i + 1,
                         qPrintable(e.value(i)), qPrintable(a.value(i)));
                break;
            }
        }
    }
    QVERIFY2(actual == expected, qPrintable(path + u" differs (UPDATE_GOLDEN=1 regenerates it)"_s));
}

void TstDdlGolden::deterministic()
{
    for (const QString& name : dialect::dialectNames()) {
        const auto d = dialect::createDialect(name);
        const model::Model m = dialect::test::shopModel();
        const QString first = render(d->createScript(m));
        const QString second = render(d->createScript(dialect::test::shopModel()));
        QCOMPARE(first, second);
    }
}

void TstDdlGolden::sqliteAppliesCleanly_data()
{
    QTest::addColumn<QString>("modelName");
    for (const char* m : {"shop", "names", "types", "domains"})
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TstDdlGolden::sqliteAppliesCleanly()
{
    QFETCH(QString, modelName);
    const model::Model m = modelFor(modelName);
    const auto d = dialect::createDialect(u"sqlite");
    const dialect::DdlScript script = d->createScript(m);
    const QString connection = u"golden_"_s + modelName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA foreign_keys = ON"_s));
        for (const dialect::DdlStatement& s : script.statements)
            QVERIFY2(query.exec(s.sql), qPrintable(query.lastError().text() + u"\n"_s + s.sql));
        QVERIFY(query.exec(
            u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), m.tables.size());
        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(connection);
}

// The emulations do what they promise on a real SQLite.
void TstDdlGolden::sqliteBehaviour()
{
    const auto d = dialect::createDialect(u"sqlite");
    const dialect::DdlScript script = d->createScript(dialect::test::shopModel());
    const QString connection = u"behaviour"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
        for (const dialect::DdlStatement& s : script.statements)
            QVERIFY2(q.exec(s.sql), qPrintable(q.lastError().text()));
        // Identity → INTEGER PRIMARY KEY AUTOINCREMENT; defaults are applied.
        QVERIFY2(q.exec(u"INSERT INTO customer (email) VALUES ('a@example.com')"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"SELECT id, is_active, note, typeof(created_at) FROM customer"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), u"it's a C:\\path"_s);
        QCOMPARE(q.value(3).toString(), u"text"_s);
        // CHECK from the model.
        QVERIFY(!q.exec(u"INSERT INTO customer (email) VALUES ('no-at-sign')"_s));
        // Enum emulation: CHECK (status IN (…)).
        QVERIFY(q.exec(u"INSERT INTO \"order\" (customer_id) VALUES (1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO \"order\" (customer_id, status) VALUES (1, 'lost')"_s));
        QVERIFY(
            q.exec(u"INSERT INTO \"order\" (customer_id, status) VALUES (1, 'it''s cancelled')"_s));
        // Foreign keys are enforced (inline, including the cycle and the self-reference).
        QVERIFY(!q.exec(u"INSERT INTO \"order\" (customer_id) VALUES (99)"_s));
        QVERIFY(q.exec(u"INSERT INTO category (id, name) VALUES (1, 'root')"_s));
        QVERIFY(!q.exec(u"INSERT INTO category (id, name, parent_id) VALUES (2, 'x', 42)"_s));
        QVERIFY(!q.exec(u"INSERT INTO employee (id, department_id) VALUES (1, 7)"_s));
        // Comments survive in the stored CREATE text.
        QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'customer'"_s));
        QVERIFY(q.next());
        QVERIFY(
            q.value(0).toString().contains(u"-- Customers of the shop. One row per account."_s));
        // Generated column.
        QVERIFY(q.exec(u"INSERT INTO product (sku, name, public_id) VALUES ('SKU', 'P', 'u')"_s));
        QVERIFY(q.exec(
            u"INSERT INTO order_item (order_id, line_no, product_id, quantity, price) VALUES (1, 1, 1, 3, 2.5)"_s));
        QVERIFY(q.exec(u"SELECT line_total FROM order_item"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 7.5);
    }
    QSqlDatabase::removeDatabase(connection);
}

// Without domains, the column enforces what the domain would: its checks (with VALUE
// replaced by the column, not inside literals), NOT NULL and DEFAULT.
void TstDdlGolden::sqliteDomainRules()
{
    const auto d = dialect::createDialect(u"sqlite");
    const dialect::DdlScript script = d->createScript(dialect::test::domainsModel());
    const QString connection = u"domains"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const dialect::DdlStatement& s : script.statements)
            QVERIFY2(q.exec(s.sql), qPrintable(q.lastError().text()));
        // year: CHECK on both columns; original_year keeps its own default and NOT NULL.
        QVERIFY2(q.exec(u"INSERT INTO film (film_id, title, release_year) VALUES (1, 'a', 2006)"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(
            !q.exec(u"INSERT INTO film (film_id, title, release_year) VALUES (2, 'b', 1800)"_s));
        QVERIFY(
            !q.exec(u"INSERT INTO film (film_id, title, original_year) VALUES (3, 'c', 2200)"_s));
        QVERIFY(
            !q.exec(u"INSERT INTO film (film_id, title, original_year) VALUES (4, 'd', NULL)"_s));
        // rating: the domain's DEFAULT 'G' and NOT NULL, the enum's values.
        QVERIFY(!q.exec(u"INSERT INTO film (film_id, title, rating) VALUES (5, 'e', NULL)"_s));
        QVERIFY(!q.exec(u"INSERT INTO film (film_id, title, rating) VALUES (6, 'f', 'X')"_s));
        QVERIFY(q.exec(u"SELECT rating, original_year FROM film WHERE film_id = 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"G"_s);
        QCOMPARE(q.value(1).toInt(), 2000);
        // code: upper case, at least two characters, and not the word 'VALUE' itself.
        QVERIFY(q.exec(u"INSERT INTO product (code, name) VALUES ('AB', 'x')"_s));
        QVERIFY(!q.exec(u"INSERT INTO product (code, name) VALUES ('ab', 'x')"_s));
        QVERIFY(!q.exec(u"INSERT INTO product (code, name) VALUES ('C', 'x')"_s));
        QVERIFY(!q.exec(u"INSERT INTO product (code, name) VALUES ('VALUE', 'x')"_s));
    }
    QSqlDatabase::removeDatabase(connection);
}

void TstDdlGolden::statementsCarryObjectIds()
{
    const model::Model m = dialect::test::shopModel();
    for (const QString& name : dialect::dialectNames()) {
        const dialect::DdlScript script = dialect::createDialect(name)->createScript(m);
        QSet<core::Id> created;
        for (const dialect::DdlStatement& s : script.statements) {
            QVERIFY2(!s.objectId.isNull(), qPrintable(s.sql));
            QVERIFY2(!s.sql.endsWith(u';'), qPrintable(s.sql));
            created.insert(s.objectId);
        }
        for (const model::Table& t : m.tables)
            QVERIFY(created.contains(t.id));
        for (const model::View& v : m.views)
            QVERIFY(created.contains(v.id));
    }
}

void TstDdlGolden::largeModelIsFast_data()
{
    QTest::addColumn<QString>("dialect");
    for (const QString& d : dialect::dialectNames())
        QTest::newRow(qPrintable(d)) << d;
}

// 2,000 tables / 20,000 columns / 3,000 FKs: the whole model generates (every table and
// every FK accounted for) and the time, with the growth from a quarter-size model, is
// printed for a human; the 150 ms budget is measured by bench_foundation.
void TstDdlGolden::largeModelIsFast()
{
    QFETCH(QString, dialect);
    const model::Model m = dialect::test::largeModel(2000, 10, 3000);
    const model::Model quarter = dialect::test::largeModel(500, 10, 750);
    int columns = 0;
    int fks = 0;
    for (const model::Table& t : m.tables) {
        columns += static_cast<int>(t.columns.size());
        fks += static_cast<int>(t.foreignKeys.size());
    }
    QCOMPARE(columns, 20000);
    QCOMPARE(fks, 3000);
    const auto d = dialect::createDialect(dialect);
    auto generate = [&](const model::Model& model, qsizetype* statements) {
        QElapsedTimer timer;
        timer.start();
        const dialect::DdlScript script = d->createScript(model);
        const QString sql = script.toSql();
        *statements = script.statements.size();
        return timer.nsecsElapsed();
    };
    qsizetype statements = 0;
    qsizetype quarterStatements = 0;
    generate(quarter, &quarterStatements); // warm-up
    const qint64 quarterNs = generate(quarter, &quarterStatements);
    const qint64 fullNs = generate(m, &statements);
    const double ms = double(fullNs) / 1e6;
    const double growth = double(fullNs) / double(qMax<qint64>(quarterNs, 1));
    qInfo("%s: %lld statements, %.1f ms (x%.1f for 4x the model)", qPrintable(dialect), statements,
          ms, growth);
    QVERIFY(statements >= 2000);
    QVERIFY(quarterStatements >= 500);
    // Timings are printed, never asserted: a loaded CI machine must not turn a slow
    // moment into a red build. bench/bench_foundation measures them (docs/benchmarks.md).
}

QTEST_GUILESS_MAIN(TstDdlGolden)
#include "tst_ddlgolden.moc"
