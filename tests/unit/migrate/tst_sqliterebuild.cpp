// The SQLite planner on real SQLite (in-process, :memory:): build the old model, insert
// rows, apply the plan's up, compare the catalog with a fresh build of the new model and
// check the rows survived; apply the down and compare with the old model again.

#include "connect/catalogreader.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"
#include "migrate/sqliteplanner.h"
#include "migrate/sqlitetablerebuild.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;
using model::Column;
using model::LogicalType;
using model::Model;
using model::Table;

namespace {

core::Id id(const QString& text)
{
    return core::Id(text);
}

Column column(const QString& table, const QString& name, LogicalType::Kind kind,
              bool nullable = true)
{
    Column c;
    c.id = id(u"c."_s + table + u'.' + name);
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

// customer ← orders (FK), an index on each, a view over both.
Model baseModel()
{
    using K = LogicalType::Kind;
    Model m;
    Table customer;
    customer.id = id(u"t.customer"_s);
    customer.name = u"customer"_s;
    Column cid = column(u"customer"_s, u"id"_s, K::Integer, false);
    cid.identity = model::Identity::ByDefault;
    customer.columns = {cid, column(u"customer"_s, u"name"_s, K::Text, false),
                        column(u"customer"_s, u"email"_s, K::Varchar)};
    customer.primaryKey = model::KeyConstraint{id(u"pk.customer"_s), {}, {cid.id}};
    model::Index byEmail;
    byEmail.id = id(u"i.customer.email"_s);
    byEmail.keys = {model::IndexKey{id(u"c.customer.email"_s), {}, {}, {}}};
    customer.indexes = {byEmail};

    Table orders;
    orders.id = id(u"t.orders"_s);
    orders.name = u"orders"_s;
    orders.columns = {column(u"orders"_s, u"id"_s, K::Integer, false),
                      column(u"orders"_s, u"customer_id"_s, K::Integer, false),
                      column(u"orders"_s, u"total"_s, K::Decimal),
                      column(u"orders"_s, u"note"_s, K::Text)};
    orders.primaryKey = model::KeyConstraint{id(u"pk.orders"_s), {}, {id(u"c.orders.id"_s)}};
    model::ForeignKey fk;
    fk.id = id(u"fk.orders.customer"_s);
    fk.columnIds = {id(u"c.orders.customer_id"_s)};
    fk.referencedTableId = customer.id;
    fk.referencedColumnIds = {cid.id};
    orders.foreignKeys = {fk};
    model::Index byCustomer;
    byCustomer.id = id(u"i.orders.customer"_s);
    byCustomer.keys = {model::IndexKey{id(u"c.orders.customer_id"_s), {}, {}, {}}};
    orders.indexes = {byCustomer};

    m.tables = {customer, orders};
    model::View v;
    v.id = id(u"v.customer_totals"_s);
    v.name = u"customer_totals"_s;
    v.sql = u"SELECT c.name, o.total FROM customer c JOIN orders o ON o.customer_id = c.id"_s;
    m.views = {v};
    return m;
}

// Explicit names for every constraint and index: then nothing in the CREATE text
// depends on the table's or a column's name, and a rename needs no rebuild.
void nameEverything(Model& m)
{
    for (Table& t : m.tables) {
        if (t.primaryKey)
            t.primaryKey->name = t.name + u"_pk"_s;
        for (model::ForeignKey& fk : t.foreignKeys)
            fk.name = t.name + u"_fk_"_s + QString::number(t.foreignKeys.indexOf(fk));
        for (model::Index& i : t.indexes)
            i.name = t.name + u"_ix_"_s + QString::number(t.indexes.indexOf(i));
    }
}

// The edits, by name (data-driven rows name them).
void applyEdit(const QString& edit, Model& m)
{
    using K = LogicalType::Kind;
    Table& customer = *m.table(id(u"t.customer"_s));
    Table& orders = *m.table(id(u"t.orders"_s));
    if (edit == u"add-nullable-column") {
        orders.columns.append(column(u"orders"_s, u"shipped"_s, K::Date));
    } else if (edit == u"add-not-null-column-with-default") {
        Column c = column(u"orders"_s, u"status"_s, K::Text, false);
        c.defaultValue = {model::ColumnDefault::Kind::Literal, u"new"_s};
        orders.columns.append(c);
    } else if (edit == u"add-virtual-column") {
        Column c = column(u"orders"_s, u"total_cents"_s, K::BigInt);
        c.generatedExpression = u"total * 100"_s;
        c.generatedStored = false;
        orders.columns.append(c);
    } else if (edit == u"add-stored-column") {
        Column c = column(u"orders"_s, u"total_cents"_s, K::BigInt);
        c.generatedExpression = u"total * 100"_s;
        orders.columns.append(c);
    } else if (edit == u"add-column-with-timestamp-default") {
        Column c = column(u"orders"_s, u"created"_s, K::Timestamp, false);
        c.defaultValue = {model::ColumnDefault::Kind::CurrentTimestamp, {}};
        orders.columns.append(c);
    } else if (edit == u"drop-column") {
        orders.columns.removeAt(3); // note
    } else if (edit == u"rename-table-and-column") {
        orders.name = u"purchase"_s;
        orders.columns[3].name = u"remark"_s;
        m.views[0].sql = u"SELECT c.name, o.total FROM customer c JOIN purchase o ON "
                         u"o.customer_id = c.id"_s;
    } else if (edit == u"swap-names") {
        customer.name = u"orders"_s;
        orders.name = u"customer"_s;
        m.views[0].sql = u"SELECT c.name, o.total FROM orders c JOIN customer o ON "
                         u"o.customer_id = c.id"_s;
    } else if (edit == u"several-changes") {
        // Rename, type, nullability, a check and an index on one table: one rebuild.
        orders.columns[3].name = u"remark"_s;
        orders.columns[2].type.kind = K::Text;
        orders.columns[3].nullable = false;
        orders.columns[3].defaultValue = {model::ColumnDefault::Kind::Literal, u"-"_s};
        orders.checks.append({id(u"ck.orders.remark"_s), {}, u"length(remark) > 0"_s});
        model::Index i;
        i.id = id(u"i.orders.remark"_s);
        i.keys = {model::IndexKey{id(u"c.orders.note"_s), {}, {}, {}}};
        orders.indexes.append(i);
    } else if (edit == u"renumbered-type-change") {
        // Every id new (a separate import): the differ matches by name, the plan must
        // still rebuild orders in place rather than drop and recreate both tables.
        orders.columns[3].type.kind = K::Integer;
        auto re = [](core::Id& x) { x = x.isNull() ? x : id(u"n."_s + x.toString()); };
        for (Table& t : m.tables) {
            re(t.id);
            for (Column& c : t.columns)
                re(c.id);
            re(t.primaryKey->id);
            for (core::Id& c : t.primaryKey->columnIds)
                re(c);
            for (model::ForeignKey& fk : t.foreignKeys) {
                re(fk.id);
                re(fk.referencedTableId);
                for (core::Id& c : fk.columnIds)
                    re(c);
                for (core::Id& c : fk.referencedColumnIds)
                    re(c);
            }
            for (model::Index& i : t.indexes) {
                re(i.id);
                re(i.keys[0].columnId);
            }
        }
        re(m.views[0].id);
    } else if (edit == u"type-change") {
        orders.columns[3].type.kind = K::Integer; // note: TEXT → INTEGER
    } else if (edit == u"nullability") {
        customer.columns[1].nullable = true;
    } else if (edit == u"not-null-with-default") {
        customer.columns[2].nullable = false; // email; one row holds NULL
        customer.columns[2].defaultValue = {model::ColumnDefault::Kind::Literal, u"unknown"_s};
    } else if (edit == u"drop-foreign-key") {
        orders.foreignKeys.clear();
    } else if (edit == u"add-check") {
        orders.checks.append(
            {id(u"ck.orders.total"_s), u"orders_total_positive"_s, u"total >= 0"_s});
    } else if (edit == u"add-index") {
        model::Index i;
        i.id = id(u"i.orders.total"_s);
        i.unique = false;
        i.keys = {model::IndexKey{id(u"c.orders.total"_s), {}, model::IndexKey::Sort::Desc, {}}};
        orders.indexes.append(i);
    } else if (edit == u"drop-index") {
        customer.indexes.clear();
    } else if (edit == u"column-order") {
        orders.columns.swapItemsAt(2, 3);
    } else if (edit == u"rename-and-rebuild") {
        orders.name = u"purchase"_s;
        orders.columns[2].type.kind = K::Text;
        m.views[0].sql = u"SELECT c.name, o.total FROM customer c JOIN purchase o ON "
                         u"o.customer_id = c.id"_s;
    } else if (edit == u"foreign-key-cycle") {
        // customer.last_order → orders: the two tables now reference each other.
        customer.columns.append(column(u"customer"_s, u"last_order"_s, K::Integer));
        model::ForeignKey fk;
        fk.id = id(u"fk.customer.last_order"_s);
        fk.columnIds = {id(u"c.customer.last_order"_s)};
        fk.referencedTableId = orders.id;
        fk.referencedColumnIds = {id(u"c.orders.id"_s)};
        customer.foreignKeys.append(fk);
    } else if (edit == u"drop-table-and-view") {
        m.views.clear();
        m.tables.removeAt(1);
        customer.indexes.clear();
    } else if (edit == u"new-table") {
        Table t;
        t.id = id(u"t.tag"_s);
        t.name = u"tag"_s;
        t.columns = {column(u"tag"_s, u"order_id"_s, K::Integer, false),
                     column(u"tag"_s, u"label"_s, K::Text, false)};
        model::ForeignKey fk;
        fk.id = id(u"fk.tag.order"_s);
        fk.columnIds = {t.columns[0].id};
        fk.referencedTableId = orders.id;
        fk.referencedColumnIds = {id(u"c.orders.id"_s)};
        t.foreignKeys = {fk};
        m.tables.append(t);
    } else if (edit == u"self-reference") {
        orders.columns.append(column(u"orders"_s, u"parent"_s, K::Integer));
        model::ForeignKey fk;
        fk.id = id(u"fk.orders.parent"_s);
        fk.columnIds = {id(u"c.orders.parent"_s)};
        fk.referencedTableId = orders.id;
        fk.referencedColumnIds = {id(u"c.orders.id"_s)};
        orders.foreignKeys.append(fk);
    } else {
        QFAIL(qPrintable(u"unknown edit "_s + edit));
    }
}

class Database
{
public:
    explicit Database(const QString& name) : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        db.open();
        exec(u"PRAGMA foreign_keys = ON"_s);
    }
    ~Database() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    // Empty on success, else the statement and SQLite's message. A foreign_key_check
    // that returns a row is a failure, as it must be for an applier.
    QString exec(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return sql + u"\n→ "_s + query.lastError().text();
        if (sql.startsWith(u"PRAGMA foreign_key_check") && query.next())
            return sql + u"\n→ a row violates a foreign key"_s;
        return {};
    }
    QString execAll(const QStringList& statements)
    {
        for (const QString& s : statements) {
            if (QString e = exec(s); !e.isEmpty())
                return e;
        }
        return {};
    }
    // prologue, BEGIN, every step, COMMIT, epilogue — what the rendered script does.
    QString apply(const migrate::Plan& plan, bool up)
    {
        if (QString e = execAll(up ? plan.upPrologue : plan.downPrologue); !e.isEmpty())
            return e;
        if (QString e = exec(u"BEGIN"_s); !e.isEmpty())
            return e;
        for (qsizetype i = 0; i < plan.steps.size(); ++i) {
            const migrate::PlanStep& step = plan.steps.at(up ? i : plan.steps.size() - 1 - i);
            if (QString e = execAll(up ? step.up : step.down); !e.isEmpty()) {
                exec(u"ROLLBACK"_s);
                return step.summary + u": "_s + e;
            }
        }
        if (QString e = exec(u"COMMIT"_s); !e.isEmpty())
            return e;
        return execAll(up ? plan.upEpilogue : plan.downEpilogue);
    }
    int count(const QString& sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    QStringList strings(const QString& sql)
    {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {u"error: "_s + query.lastError().text()};
        while (query.next())
            out.append(query.value(0).toString());
        return out;
    }

private:
    QString m_name;
};

QString buildFresh(Database& db, const Model& model)
{
    QStringList statements;
    for (const auto& s : dialect::createDialect(u"sqlite")->createScript(model).statements)
        statements.append(s.sql);
    return db.execAll(statements);
}

core::Result<Model> readCatalog(const Database& db)
{
    return connect::createCatalogReader(u"sqlite")->read(db.db(), {});
}

QString ddlOf(const Model& m)
{
    return dialect::createDialect(u"sqlite")->createScript(m).toSql();
}

int connectionCounter = 0;

} // namespace

class TestSqliteRebuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mentions_data();
    void mentions();
    void retarget();
    void upAndDown_data();
    void upAndDown();
    void randomHistory();
};

void TestSqliteRebuild::mentions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bare") << u"SELECT * FROM orders o"_s << u"orders"_s << true;
    QTest::newRow("case") << u"select * from ORDERS"_s << u"orders"_s << true;
    QTest::newRow("quoted") << u"SELECT * FROM \"Order Items\""_s << u"order items"_s << true;
    QTest::newRow("backtick") << u"SELECT * FROM `orders`"_s << u"orders"_s << true;
    QTest::newRow("bracket") << u"SELECT * FROM [orders]"_s << u"orders"_s << true;
    QTest::newRow("prefix only") << u"SELECT * FROM orders_archive"_s << u"orders"_s << false;
    QTest::newRow("in literal") << u"SELECT 'orders' AS x FROM t"_s << u"orders"_s << false;
    QTest::newRow("escaped literal") << u"SELECT 'it''s orders' FROM t"_s << u"orders"_s << false;
    QTest::newRow("comment") << u"SELECT 1 -- orders\nFROM t"_s << u"orders"_s << false;
    QTest::newRow("block comment") << u"SELECT /* orders */ 1"_s << u"orders"_s << false;
    QTest::newRow("qualified") << u"SELECT o.total FROM main.orders o"_s << u"orders"_s << true;
}

void TestSqliteRebuild::mentions()
{
    QFETCH(QString, sql);
    QFETCH(QString, name);
    QFETCH(bool, expected);
    QCOMPARE(migrate::SqliteTableRebuild::mentions(sql, name), expected);
}

void TestSqliteRebuild::retarget()
{
    using migrate::SqliteTableRebuild;
    QCOMPARE(SqliteTableRebuild::retargetCreateTable(u"CREATE TABLE \"a b\" (\n    x TEXT\n)"_s,
                                                     u"\"a b\""_s, u"new_a"_s),
             u"CREATE TABLE new_a (\n    x TEXT\n)"_s);
    QCOMPARE(SqliteTableRebuild::retargetIndex(
                 u"CREATE UNIQUE INDEX \"on a\" ON a (x) WHERE x ON a (y)"_s, u"a"_s, u"b"_s),
             u"CREATE UNIQUE INDEX \"on a\" ON b (x) WHERE x ON a (y)"_s);
    // Not the expected shape: unchanged rather than mangled.
    QCOMPARE(
        SqliteTableRebuild::retargetCreateTable(u"CREATE VIEW a AS SELECT 1"_s, u"a"_s, u"b"_s),
        u"CREATE VIEW a AS SELECT 1"_s);
    // REFERENCES mapped all at once (a swap goes both ways); quoted names whole, other
    // tables and non-references untouched.
    const QHash<QString, QString> swapped = {
        {u"a"_s, u"b"_s}, {u"b"_s, u"a"_s}, {u"\"x \"\" y\""_s, u"z"_s}};
    QCOMPARE(SqliteTableRebuild::retargetReferences(
                 u"CREATE TABLE t (\n    p INTEGER REFERENCES a (id),\n    q INTEGER,\n"
                 "    CONSTRAINT f FOREIGN KEY (q) REFERENCES b (id),\n"
                 "    CONSTRAINT g FOREIGN KEY (q) REFERENCES \"x \"\" y\" (id),\n"
                 "    CONSTRAINT h FOREIGN KEY (q) REFERENCES ab (id),\n    CHECK (a <> b)\n)"_s,
                 swapped),
             u"CREATE TABLE t (\n    p INTEGER REFERENCES b (id),\n    q INTEGER,\n"
             "    CONSTRAINT f FOREIGN KEY (q) REFERENCES a (id),\n"
             "    CONSTRAINT g FOREIGN KEY (q) REFERENCES z (id),\n"
             "    CONSTRAINT h FOREIGN KEY (q) REFERENCES ab (id),\n    CHECK (a <> b)\n)"_s);
}

void TestSqliteRebuild::upAndDown_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("named");        // explicit constraint and index names
    QTest::addColumn<bool>("rebuild");      // the plan copies a table
    QTest::addColumn<bool>("irreversible"); // the plan says it loses data
    // The same values read through the old model (before) and the new one (after the up).
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("add nullable column")
        << u"add-nullable-column"_s << false << false << false
        << u"SELECT note FROM orders ORDER BY id"_s << u"SELECT note FROM orders ORDER BY id"_s;
    QTest::newRow("add NOT NULL column with default")
        << u"add-not-null-column-with-default"_s << false << false << false
        << u"SELECT 'new' || note FROM orders ORDER BY id"_s
        << u"SELECT status || note FROM orders ORDER BY id"_s;
    QTest::newRow("add column with CURRENT_TIMESTAMP default")
        << u"add-column-with-timestamp-default"_s << false << true << false
        << u"SELECT note FROM orders ORDER BY id"_s
        << u"SELECT note FROM orders WHERE created IS NOT NULL ORDER BY id"_s;
    QTest::newRow("add virtual generated column")
        << u"add-virtual-column"_s << false << false << false
        << u"SELECT total * 100 FROM orders ORDER BY id"_s
        << u"SELECT total_cents FROM orders ORDER BY id"_s;
    QTest::newRow("add stored generated column") << u"add-stored-column"_s << false << true << false
                                                 << u"SELECT total * 100 FROM orders ORDER BY id"_s
                                                 << u"SELECT total_cents FROM orders ORDER BY id"_s;
    QTest::newRow("drop column") << u"drop-column"_s << false << false << true
                                 << u"SELECT total FROM orders ORDER BY id"_s
                                 << u"SELECT total FROM orders ORDER BY id"_s;
    QTest::newRow("rename table and column")
        << u"rename-table-and-column"_s << false << true << false
        << u"SELECT note FROM orders ORDER BY id"_s << u"SELECT remark FROM purchase ORDER BY id"_s;
    QTest::newRow("type change") << u"type-change"_s << false << true << false
                                 << u"SELECT note FROM orders ORDER BY id"_s
                                 << u"SELECT note FROM orders ORDER BY id"_s;
    QTest::newRow("type change, matched by name")
        << u"renumbered-type-change"_s << false << true << false
        << u"SELECT note FROM orders ORDER BY id"_s << u"SELECT note FROM orders ORDER BY id"_s;
    QTest::newRow("nullability") << u"nullability"_s << false << true << false
                                 << u"SELECT name FROM customer ORDER BY id"_s
                                 << u"SELECT name FROM customer ORDER BY id"_s;
    QTest::newRow("NOT NULL with a default over NULLs")
        << u"not-null-with-default"_s << false << true << false
        << u"SELECT coalesce(email, 'unknown') FROM customer ORDER BY id"_s
        << u"SELECT email FROM customer ORDER BY id"_s;
    // Irreversible: the down's foreign_key_check fails on rows written since the up.
    QTest::newRow("drop foreign key") << u"drop-foreign-key"_s << false << true << true
                                      << u"SELECT customer_id FROM orders ORDER BY id"_s
                                      << u"SELECT customer_id FROM orders ORDER BY id"_s;
    QTest::newRow("add check") << u"add-check"_s << false << true << false
                               << u"SELECT total FROM orders ORDER BY id"_s
                               << u"SELECT total FROM orders ORDER BY id"_s;
    QTest::newRow("add index") << u"add-index"_s << false << false << false
                               << u"SELECT total FROM orders ORDER BY id"_s
                               << u"SELECT total FROM orders ORDER BY id"_s;
    QTest::newRow("drop index") << u"drop-index"_s << false << false << false
                                << u"SELECT email FROM customer ORDER BY id"_s
                                << u"SELECT email FROM customer ORDER BY id"_s;
    QTest::newRow("column order") << u"column-order"_s << false << true << false
                                  << u"SELECT note || total FROM orders ORDER BY id"_s
                                  << u"SELECT note || total FROM orders ORDER BY id"_s;
    QTest::newRow("rename and rebuild")
        << u"rename-and-rebuild"_s << false << true << false
        << u"SELECT total FROM orders ORDER BY id"_s << u"SELECT total FROM purchase ORDER BY id"_s;
    QTest::newRow("foreign key cycle")
        << u"foreign-key-cycle"_s << false << true << false
        << u"SELECT name FROM customer ORDER BY id"_s << u"SELECT name FROM customer ORDER BY id"_s;
    QTest::newRow("self reference")
        << u"self-reference"_s << false << true << false << u"SELECT note FROM orders ORDER BY id"_s
        << u"SELECT note FROM orders ORDER BY id"_s;
    QTest::newRow("drop table and view")
        << u"drop-table-and-view"_s << false << false << true
        << u"SELECT name FROM customer ORDER BY id"_s << u"SELECT name FROM customer ORDER BY id"_s;
    QTest::newRow("rename table and column, named constraints")
        << u"rename-table-and-column"_s << true << false << false
        << u"SELECT note FROM orders ORDER BY id"_s << u"SELECT remark FROM purchase ORDER BY id"_s;
    QTest::newRow("swap table names")
        << u"swap-names"_s << true << false << false << u"SELECT name FROM customer ORDER BY id"_s
        << u"SELECT name FROM orders ORDER BY id"_s;
    QTest::newRow("several changes to one table")
        << u"several-changes"_s << false << true << false
        << u"SELECT note FROM orders ORDER BY id"_s << u"SELECT remark FROM orders ORDER BY id"_s;
    QTest::newRow("new table") << u"new-table"_s << false << false << false
                               << u"SELECT note FROM orders ORDER BY id"_s
                               << u"SELECT note FROM orders ORDER BY id"_s;
}

void TestSqliteRebuild::upAndDown()
{
    QFETCH(QString, edit);
    QFETCH(bool, named);
    QFETCH(bool, rebuild);
    QFETCH(bool, irreversible);
    QFETCH(QString, before);
    QFETCH(QString, after);

    Model base = baseModel();
    if (named)
        nameEverything(base);
    const Model from = base;
    Model to = from;
    applyEdit(edit, to);
    const migrate::Plan plan =
        migrate::createSqlitePlanner()->plan(migrate::diffModels(from, to), from, to);
    QVERIFY(!plan.isEmpty());
    // At most one rebuild per table, however many of its members change.
    const auto copies = std::count_if(plan.steps.cbegin(), plan.steps.cend(), [](const auto& s) {
        return s.up.join(u'\n').contains(u"INSERT INTO"_s);
    });
    QCOMPARE(copies, rebuild ? 1 : 0);
    QCOMPARE(plan.hasIrreversibleSteps(), irreversible);

    const QString n = QString::number(++connectionCounter);
    Database db(u"migrated"_s + n);
    Database freshTo(u"fresh-to"_s + n);
    Database freshFrom(u"fresh-from"_s + n);
    QString error = buildFresh(db, from);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = db.execAll(
        {u"INSERT INTO customer (id, name, email) VALUES (1, 'Ada', 'ada@example.org'), "
         u"(2, 'Grace', NULL), (3, 'Edsger', 'ewd@example.org'), (4, 'Gone', NULL)"_s,
         u"DELETE FROM customer WHERE id = 4"_s,
         u"INSERT INTO orders (id, customer_id, total, note) VALUES (10, 1, 12.5, 'first'), "
         u"(11, 1, 7, 'second'), (12, 3, 100, '42')"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList kept = db.strings(before);
    QVERIFY2(kept.size() == 3, qPrintable(kept.join(u'\n')));

    // Up: the catalog is the new model's, the rows are still there.
    error = db.apply(plan, true);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(buildFresh(freshTo, to).isEmpty(), "fresh build of the new model");
    const auto migrated = readCatalog(db);
    const auto expected = readCatalog(freshTo);
    if (!migrated.ok() || !expected.ok())
        QFAIL("catalog read failed");
    QVERIFY2(migrated.value() == expected.value(),
             qPrintable(u"after up:\n"_s + ddlOf(migrated.value()) + u"\nexpected:\n"_s +
                        ddlOf(expected.value())));
    const bool swapped = edit == u"swap-names";
    const QString customerTable = swapped ? u"orders"_s : u"customer"_s;
    QCOMPARE(db.count(u"SELECT count(*) FROM "_s + customerTable), 3);
    // AUTOINCREMENT does not hand out the deleted row's id again, rebuilt or not.
    QCOMPARE(db.exec(u"INSERT INTO "_s + customerTable + u" (name) VALUES ('Next')"_s), QString());
    QCOMPARE(db.count(u"SELECT max(id) FROM "_s + customerTable), 5);
    QCOMPARE(db.exec(u"DELETE FROM "_s + customerTable + u" WHERE id = 5"_s), QString());
    const QString ordersTable = swapped                      ? u"customer"_s
                                : edit.contains(u"rename"_s) ? u"purchase"_s
                                                             : u"orders"_s;
    if (!edit.startsWith(u"drop-table"))
        QCOMPARE(db.count(u"SELECT count(*) FROM "_s + ordersTable), 3);
    QCOMPARE(db.strings(after), kept);

    // Down: back to the old catalog; the rows survive unless the up dropped them.
    error = db.apply(plan, false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(buildFresh(freshFrom, from).isEmpty(), "fresh build of the old model");
    const auto restored = readCatalog(db);
    const auto original = readCatalog(freshFrom);
    if (!restored.ok() || !original.ok())
        QFAIL("catalog read failed");
    QVERIFY2(restored.value() == original.value(),
             qPrintable(u"after down:\n"_s + ddlOf(restored.value()) + u"\nexpected:\n"_s +
                        ddlOf(original.value())));
    QCOMPARE(db.count(u"SELECT count(*) FROM customer"_s), 3);
    QCOMPARE(db.count(u"SELECT count(*) FROM orders"_s), edit.startsWith(u"drop-table") ? 0 : 3);
    if (!irreversible)
        QCOMPARE(db.strings(u"SELECT id || '|' || customer_id || '|' || total || '|' || "
                            u"coalesce(note, '') FROM orders ORDER BY id"_s),
                 QStringList({u"10|1|12.5|first"_s, u"11|1|7|second"_s, u"12|3|100|42"_s}));
}

namespace {

// One random edit of `m` (customer/orders without the view, so renames need no SQL
// rewriting); returns what it did, for the failure message.
QString randomEdit(Model& m, QRandomGenerator& random, int n)
{
    using K = LogicalType::Kind;
    static const QList<K> kinds = {K::Integer, K::Text, K::Decimal, K::Date, K::Boolean};
    auto literalFor = [](K kind) {
        switch (kind) {
        case K::Integer:
        case K::Decimal:
            return u"0"_s;
        case K::Date:
            return u"2020-01-01"_s;
        case K::Boolean:
            return u"false"_s;
        default:
            return u"none"_s;
        }
    };
    Table& t = m.tables[random.bounded(int(m.tables.size()))];
    // Columns free of keys, foreign keys and indexes: any edit may touch them.
    QList<qsizetype> free;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        const core::Id& cid = t.columns.at(i).id;
        bool used = t.isPrimaryKeyColumn(cid);
        for (const Table& other : m.tables) {
            for (const model::ForeignKey& fk : other.foreignKeys)
                used = used || fk.columnIds.contains(cid) || fk.referencedColumnIds.contains(cid);
        }
        for (const model::Index& index : t.indexes)
            used = used || index.keys.first().columnId == cid;
        for (const model::KeyConstraint& unique : t.uniques)
            used = used || unique.columnIds.contains(cid);
        if (!used)
            free.append(i);
    }
    const QString tag = QString::number(n);
    switch (random.bounded(15)) {
    case 0: {
        Column c = column(t.name, u"x"_s + tag, kinds.at(random.bounded(int(kinds.size()))));
        c.id = id(u"c.random."_s + tag);
        c.nullable = random.bounded(2) == 0;
        if (!c.nullable || random.bounded(2) == 0)
            c.defaultValue = {model::ColumnDefault::Kind::Literal, literalFor(c.type.kind)};
        t.columns.append(c);
        return u"add column "_s + t.name + u'.' + c.name;
    }
    case 1:
        if (free.isEmpty())
            return u"nothing"_s;
        return u"drop column "_s + t.name + u'.' +
               t.columns.takeAt(free.at(random.bounded(int(free.size())))).name;
    case 2: {
        Column& c = t.columns[random.bounded(int(t.columns.size()))];
        const QString old = c.name;
        c.name = u"r"_s + tag;
        return u"rename column "_s + t.name + u'.' + old + u" to "_s + c.name;
    }
    case 3: {
        if (free.isEmpty())
            return u"nothing"_s;
        Column& c = t.columns[free.at(random.bounded(int(free.size())))];
        c.type.kind = kinds.at(random.bounded(int(kinds.size())));
        if (c.defaultValue.kind == model::ColumnDefault::Kind::Literal)
            c.defaultValue.value = literalFor(c.type.kind);
        return u"change type of "_s + t.name + u'.' + c.name;
    }
    case 4: {
        if (free.isEmpty())
            return u"nothing"_s;
        Column& c = t.columns[free.at(random.bounded(int(free.size())))];
        c.nullable = !c.nullable;
        if (!c.nullable)
            c.defaultValue = {model::ColumnDefault::Kind::Literal, literalFor(c.type.kind)};
        return u"toggle NOT NULL of "_s + t.name + u'.' + c.name;
    }
    case 5: {
        if (free.isEmpty())
            return u"nothing"_s;
        model::Index index;
        index.id = id(u"i.random."_s + tag);
        index.keys = {model::IndexKey{
            t.columns.at(free.at(random.bounded(int(free.size())))).id, {}, {}, {}}};
        t.indexes.append(index);
        return u"add index on "_s + t.name;
    }
    case 6:
        if (t.indexes.isEmpty())
            return u"nothing"_s;
        t.indexes.removeAt(random.bounded(int(t.indexes.size())));
        return u"drop index on "_s + t.name;
    case 7: {
        const QString old = t.name;
        t.name = u"t"_s + tag;
        for (model::View& v : m.views) // the model keeps its views correct, as an editor would
            v.sql.replace(u"FROM "_s + old + u' ', u"FROM "_s + t.name + u' ');
        return u"rename table "_s + old + u" to "_s + t.name;
    }
    case 9: {
        // On a new nullable column: NULLs never collide, so existing rows cannot fail it.
        Column c = column(t.name, u"u"_s + tag, K::Text);
        c.id = id(u"c.random.unique."_s + tag);
        t.columns.append(c);
        t.uniques.append({id(u"u.random."_s + tag), {}, {c.id}});
        return u"add unique column "_s + t.name + u'.' + c.name;
    }
    case 10:
        if (!t.uniques.isEmpty()) {
            // With its column: kept, later edits could fill it with duplicates, and then no
            // down could bring the unique back (data-dependent by nature, not a planner bug).
            const core::Id cid = t.uniques.takeLast().columnIds.first();
            t.columns.removeIf([&](const Column& c) { return c.id == cid; });
            return u"drop unique and its column on "_s + t.name;
        }
        t.checks.append({id(u"k.random."_s + tag), {}, u"1 = 1"_s});
        return u"add check on "_s + t.name;
    case 11: {
        // A new table pointing at this one's key (SQLite resolves the FK by name, so
        // later renames of the parent or its key column must carry over).
        Table child;
        child.id = id(u"t.random."_s + tag);
        child.name = u"n"_s + tag;
        Column key = column(child.name, u"id"_s, K::Integer, false);
        key.id = id(u"c.random.id."_s + tag);
        Column ref = column(child.name, u"parent"_s, K::Integer);
        ref.id = id(u"c.random.parent."_s + tag);
        child.columns = {key, ref};
        child.primaryKey = model::KeyConstraint{id(u"pk.random."_s + tag), {}, {key.id}};
        model::ForeignKey fk;
        fk.id = id(u"fk.random."_s + tag);
        fk.columnIds = {ref.id};
        fk.referencedTableId = t.id;
        fk.referencedColumnIds = t.primaryKey->columnIds;
        child.foreignKeys = {fk};
        m.tables.append(child);
        return u"create table "_s + child.name + u" -> "_s + t.name;
    }
    case 12: {
        // Drop a table nobody references (never one of the two seeded tables).
        for (qsizetype i = m.tables.size() - 1; i >= 2; --i) {
            const core::Id tid = m.tables.at(i).id;
            const bool referenced =
                std::any_of(m.tables.cbegin(), m.tables.cend(), [&](const Table& o) {
                    return o.id != tid &&
                           std::any_of(o.foreignKeys.cbegin(), o.foreignKeys.cend(),
                                       [&](const auto& fk) { return fk.referencedTableId == tid; });
                });
            if (!referenced) {
                const QString name = m.tables.at(i).name;
                m.views.removeIf([&](const model::View& v) {
                    return migrate::SqliteTableRebuild::mentions(v.sql, name);
                });
                m.tables.removeAt(i);
                return u"drop table "_s + name;
            }
        }
        return u"nothing"_s;
    }
    case 13: {
        model::View v;
        v.id = id(u"v.random."_s + tag);
        v.name = u"v"_s + tag;
        v.sql = u"SELECT count(*) AS n FROM "_s + t.name + u' ';
        m.views.append(v);
        return u"create view "_s + v.name + u" over "_s + t.name;
    }
    case 14:
        if (m.views.isEmpty())
            return u"nothing"_s;
        return u"drop view "_s + m.views.takeFirst().name;
    default:
        if (t.columns.size() < 3)
            return u"nothing"_s;
        t.columns.swapItemsAt(1, t.columns.size() - 1);
        return u"reorder columns of "_s + t.name;
    }
}

} // namespace

void TestSqliteRebuild::randomHistory()
{
    // A seeded chain of 200 random edits applied one migration at a time on one database
    // (as a history is replayed), each up checked against a fresh build; then every down
    // in reverse, each checked against the model it returns to. Rows survive throughout.
    const quint32 seed = qEnvironmentVariableIsSet("SCHEMATA_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SCHEMATA_SEED"))
                             : 20261122u;
    QRandomGenerator random(seed);
    Model base = baseModel();
    base.views.clear();
    QList<Model> models{base};
    QList<migrate::Plan> plans;
    QStringList edits;

    Database db(u"random-history"_s);
    QString error = buildFresh(db, base);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = db.execAll(
        {u"INSERT INTO customer (id, name, email) VALUES (1, 'Ada', NULL), (2, 'Grace', 'g@x')"_s,
         u"INSERT INTO orders (id, customer_id, total, note) VALUES (10, 1, 1.5, NULL), "
         u"(11, 2, 7, 'x')"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto compareWith = [&](const Model& model, const QString& when) -> QString {
        Database fresh(u"random-fresh"_s);
        if (QString e = buildFresh(fresh, model); !e.isEmpty())
            return when + u": fresh build: "_s + e;
        const auto actual = readCatalog(db);
        const auto expected = readCatalog(fresh);
        if (!actual.ok() || !expected.ok())
            return when + u": catalog read failed"_s;
        if (actual.value() != expected.value())
            return when + u":\n"_s + ddlOf(actual.value()) + u"\nexpected:\n"_s +
                   ddlOf(expected.value());
        for (const Table& t : model.tables) {
            if (t.id.toString().startsWith(u"t.random.") &&
                db.count(u"SELECT count(*) FROM "_s + t.name) != 0)
                return when + u": rows in "_s + t.name;
            if (!t.id.toString().startsWith(u"t.random.") &&
                db.count(u"SELECT count(*) FROM "_s + t.name) != 2)
                return when + u": rows of "_s + t.name + u" lost"_s;
        }
        return {};
    };

    const int steps = 200;
    for (int i = 0; i < steps; ++i) {
        Model next = models.last();
        edits.append(randomEdit(next, random, i));
        const QString when = u"seed %1, step %2 (%3)"_s.arg(seed).arg(i).arg(edits.last());
        plans.append(migrate::createSqlitePlanner()->plan(migrate::diffModels(models.last(), next),
                                                          models.last(), next));
        models.append(next);
        error = db.apply(plans.last(), true);
        QVERIFY2(error.isEmpty(), qPrintable(when + u": up: "_s + error));
        error = compareWith(next, when + u" after up"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (int i = steps - 1; i >= 0; --i) {
        const QString when = u"seed %1, step %2 (%3)"_s.arg(seed).arg(i).arg(edits.at(i));
        error = db.apply(plans.at(i), false);
        QVERIFY2(error.isEmpty(), qPrintable(when + u": down: "_s + error));
        error = compareWith(models.at(i), when + u" after down"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestSqliteRebuild)
#include "tst_sqliterebuild.moc"
