// buildRelationship(): what drawing a 1:N, 1:1 or M:N line creates, that the result
// validates, and that its SQLite DDL applies and enforces the relationship.
#include "core/idgenerator.h"
#include "dialect/dialect.h"
#include "model/relationshipbuilder.h"
#include "model/validator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace schemata;
using namespace schemata::model;
using namespace Qt::StringLiterals;

namespace {

Column column(const QString& id, const QString& name, LogicalType::Kind kind, bool nullable = true)
{
    Column c;
    c.id = core::Id(id);
    c.name = name;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

// customers(id bigint identity PK), orders(id PK, customer_id int existing column),
// products(id PK, sku), employee(id PK), shipment_lines(order_id, line_no composite PK),
// log (no PK).
Model shopModel()
{
    Model m;
    m.schemas.append(Schema{core::Id(u"sch_1"_s), u"public"_s, {}});
    const auto table = [&](const QString& id, const QString& name) {
        Table t;
        t.id = core::Id(id);
        t.schemaId = core::Id(u"sch_1"_s);
        t.name = name;
        return t;
    };
    Table customers = table(u"tbl_c"_s, u"customers"_s);
    Column cid = column(u"col_c1"_s, u"id"_s, LogicalType::Kind::BigInt, false);
    cid.identity = Identity::ByDefault;
    customers.columns = {cid, column(u"col_c2"_s, u"email"_s, LogicalType::Kind::Text)};
    customers.primaryKey = KeyConstraint{core::Id(u"pk_c"_s), {}, {cid.id}};

    Table orders = table(u"tbl_o"_s, u"orders"_s);
    orders.columns = {column(u"col_o1"_s, u"id"_s, LogicalType::Kind::Integer, false),
                      // Taken: the new FK column must not reuse this name.
                      column(u"col_o2"_s, u"customer_id"_s, LogicalType::Kind::Text)};
    orders.primaryKey = KeyConstraint{core::Id(u"pk_o"_s), {}, {core::Id(u"col_o1"_s)}};

    Table products = table(u"tbl_p"_s, u"products"_s);
    products.columns = {column(u"col_p1"_s, u"id"_s, LogicalType::Kind::Uuid, false),
                        column(u"col_p2"_s, u"sku"_s, LogicalType::Kind::Text)};
    products.primaryKey = KeyConstraint{core::Id(u"pk_p"_s), {}, {core::Id(u"col_p1"_s)}};

    Table employee = table(u"tbl_e"_s, u"employee"_s);
    employee.columns = {column(u"col_e1"_s, u"id"_s, LogicalType::Kind::Integer, false)};
    employee.primaryKey = KeyConstraint{core::Id(u"pk_e"_s), {}, {core::Id(u"col_e1"_s)}};

    Table lines = table(u"tbl_l"_s, u"shipment_lines"_s);
    Column lineNo = column(u"col_l2"_s, u"line_no"_s, LogicalType::Kind::SmallInt, false);
    Column shipment = column(u"col_l1"_s, u"shipment_id"_s, LogicalType::Kind::Integer, false);
    lines.columns = {shipment, lineNo};
    lines.primaryKey = KeyConstraint{core::Id(u"pk_l"_s), {}, {shipment.id, lineNo.id}};

    Table log = table(u"tbl_g"_s, u"log"_s);
    log.columns = {column(u"col_g1"_s, u"message"_s, LogicalType::Kind::Text)};

    m.tables = {customers, orders, products, employee, lines, log};
    return m;
}

IdSource seeded(core::IdGenerator& generator)
{
    return [&generator](QStringView prefix) { return generator.next(prefix); };
}

QStringList names(const Table& t, const QList<core::Id>& columnIds)
{
    QStringList out;
    for (const core::Id& id : columnIds)
        out << t.column(id)->name;
    return out;
}

// The model has no validation errors and its SQLite DDL applies with FKs enforced;
// returns the open connection name (the caller removes it).
void verifyAppliesOnSqlite(const Model& m, const QString& connection)
{
    const Diagnostics diagnostics = validateModel(m);
    QStringList problems;
    for (const Diagnostic& d : diagnostics)
        problems << d.toString();
    QVERIFY2(!hasErrors(diagnostics), qPrintable(problems.join(u'\n')));
    const auto sqlite = dialect::createDialect(u"sqlite");
    const dialect::DdlScript script = sqlite->createScript(m);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
    for (const dialect::DdlStatement& s : script.statements)
        QVERIFY2(q.exec(s.sql), qPrintable(q.lastError().text() + u"\n"_s + s.sql));
}

} // namespace

class TestRelationshipBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singular_data();
    void singular();
    void oneToMany();
    void oneToOne();
    void manyToMany();
    void selfReference();
    void compositeParentKey();
    void errorsLeaveTheModelUnchanged();
    void deterministic();
};

void TestRelationshipBuilder::singular_data()
{
    QTest::addColumn<QString>("plural");
    QTest::addColumn<QString>("singular");
    QTest::newRow("s") << u"customers"_s << u"customer"_s;
    QTest::newRow("ies") << u"categories"_s << u"category"_s;
    QTest::newRow("sses") << u"addresses"_s << u"address"_s;
    QTest::newRow("xes") << u"boxes"_s << u"box"_s;
    QTest::newRow("status") << u"status"_s << u"status"_s;
    QTest::newRow("address") << u"address"_s << u"address"_s;
    QTest::newRow("singular") << u"order"_s << u"order"_s;
    QTest::newRow("short") << u"us"_s << u"us"_s;
}

void TestRelationshipBuilder::singular()
{
    QFETCH(QString, plural);
    QFETCH(QString, singular);
    QCOMPARE(singularName(plural), singular);
}

void TestRelationshipBuilder::oneToMany()
{
    Model m = shopModel();
    core::IdGenerator generator(7);
    const auto result = buildRelationship(m, seeded(generator), core::Id(u"tbl_o"_s),
                                          core::Id(u"tbl_c"_s), RelationshipKind::OneToMany);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const RelationshipResult& r = result.value();
    QCOMPARE(r.tableId, core::Id(u"tbl_o"_s));
    QVERIFY(!r.tableCreated);
    const Table& orders = *m.table(r.tableId);
    QCOMPARE(orders.columns.size(), 3);
    // "customer_id" is taken by a text column: the new one is de-duplicated.
    QCOMPARE(names(orders, r.columnIds), QStringList{u"customer_id_2"_s});
    const Column& fkColumn = *orders.column(r.columnIds.first());
    QCOMPARE(fkColumn.type.kind, LogicalType::Kind::BigInt);
    QVERIFY(fkColumn.nullable);
    QCOMPARE(fkColumn.identity, Identity::None); // the key's identity stays with the key
    QCOMPARE(orders.foreignKeys.size(), 1);
    const ForeignKey& fk = orders.foreignKeys.first();
    QCOMPARE(fk.id, r.foreignKeyIds.first());
    QCOMPARE(fk.referencedTableId, core::Id(u"tbl_c"_s));
    QCOMPARE(fk.columnIds, r.columnIds);
    QCOMPARE(fk.referencedColumnIds, QList<core::Id>{core::Id(u"col_c1"_s)});
    QCOMPARE(orders.indexes.size(), 1);
    QCOMPARE(orders.indexes.first().id, r.indexIds.first());
    QCOMPARE(orders.indexes.first().keys.first().columnId, fkColumn.id);
    QVERIFY(orders.uniques.isEmpty());

    verifyAppliesOnSqlite(m, u"one_to_many"_s);
    {
        QSqlQuery q(QSqlDatabase::database(u"one_to_many"_s));
        QVERIFY(q.exec(u"INSERT INTO customers (id, email) VALUES (1, 'a@b')"_s));
        QVERIFY(q.exec(u"INSERT INTO orders (id, customer_id_2) VALUES (1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO orders (id, customer_id_2) VALUES (2, 1)"_s)); // many
        QVERIFY(q.exec(u"INSERT INTO orders (id) VALUES (3)"_s));                   // optional
        QVERIFY(!q.exec(u"INSERT INTO orders (id, customer_id_2) VALUES (4, 99)"_s)); // enforced
    }
    QSqlDatabase::removeDatabase(u"one_to_many"_s);
}

void TestRelationshipBuilder::oneToOne()
{
    Model m = shopModel();
    core::IdGenerator generator(7);
    RelationshipOptions options;
    options.nullable = false;
    const auto result = buildRelationship(m, seeded(generator), core::Id(u"tbl_p"_s),
                                          core::Id(u"tbl_e"_s), RelationshipKind::OneToOne,
                                          options);
    QVERIFY(result.ok());
    const RelationshipResult& r = result.value();
    const Table& products = *m.table(core::Id(u"tbl_p"_s));
    QCOMPARE(names(products, r.columnIds), QStringList{u"employee_id"_s});
    QVERIFY(!products.column(r.columnIds.first())->nullable);
    QCOMPARE(products.uniques.size(), 1);
    QCOMPARE(products.uniques.first().id, r.uniqueId);
    QCOMPARE(products.uniques.first().columnIds, r.columnIds);
    // The UNIQUE indexes the column already; a second index would be a duplicate.
    QVERIFY(products.indexes.isEmpty());
    QVERIFY(r.indexIds.isEmpty());

    verifyAppliesOnSqlite(m, u"one_to_one"_s);
    {
        QSqlQuery q(QSqlDatabase::database(u"one_to_one"_s));
        QVERIFY(q.exec(u"INSERT INTO employee (id) VALUES (1)"_s));
        QVERIFY(q.exec(u"INSERT INTO products (id, employee_id) VALUES ('a', 1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO products (id, employee_id) VALUES ('b', 1)"_s)); // one
        QVERIFY(!q.exec(u"INSERT INTO products (id) VALUES ('c')"_s)); // mandatory
    }
    QSqlDatabase::removeDatabase(u"one_to_one"_s);
}

void TestRelationshipBuilder::manyToMany()
{
    Model m = shopModel();
    // A table already named like the join table: the new one gets a suffix.
    Table clash;
    clash.id = core::Id(u"tbl_x"_s);
    clash.schemaId = core::Id(u"sch_1"_s);
    clash.name = u"ORDERS_PRODUCTS"_s;
    clash.columns = {column(u"col_x1"_s, u"a"_s, LogicalType::Kind::Text)};
    m.tables.append(clash);
    core::IdGenerator generator(7);
    const auto result = buildRelationship(m, seeded(generator), core::Id(u"tbl_o"_s),
                                          core::Id(u"tbl_p"_s), RelationshipKind::ManyToMany);
    QVERIFY(result.ok());
    const RelationshipResult& r = result.value();
    QVERIFY(r.tableCreated);
    QCOMPARE(m.tables.size(), 8);
    const Table& join = *m.table(r.tableId);
    QCOMPARE(join.name, u"orders_products_2"_s);
    QCOMPARE(join.schemaId, core::Id(u"sch_1"_s));
    QCOMPARE(names(join, r.columnIds), (QStringList{u"order_id"_s, u"product_id"_s}));
    QCOMPARE(join.column(r.columnIds[0])->type.kind, LogicalType::Kind::Integer);
    QCOMPARE(join.column(r.columnIds[1])->type.kind, LogicalType::Kind::Uuid);
    for (const Column& c : join.columns)
        QVERIFY(!c.nullable);
    QVERIFY(join.primaryKey);
    QCOMPARE(join.primaryKey->id, r.primaryKeyId);
    QCOMPARE(join.primaryKey->columnIds, r.columnIds);
    QCOMPARE(join.foreignKeys.size(), 2);
    QCOMPARE(join.foreignKeys[0].referencedTableId, core::Id(u"tbl_o"_s));
    QCOMPARE(join.foreignKeys[1].referencedTableId, core::Id(u"tbl_p"_s));
    QCOMPARE(join.foreignKeys[0].onDelete, ReferentialAction::Cascade);
    QCOMPARE(join.indexes.size(), 1);
    QCOMPARE(join.indexes.first().keys.first().columnId, r.columnIds[1]);
    // The two ends are untouched.
    QCOMPARE(*m.table(core::Id(u"tbl_o"_s)), shopModel().tables[1]);

    verifyAppliesOnSqlite(m, u"many_to_many"_s);
    {
        QSqlQuery q(QSqlDatabase::database(u"many_to_many"_s));
        QVERIFY(q.exec(u"INSERT INTO orders (id) VALUES (1)"_s));
        QVERIFY(q.exec(u"INSERT INTO products (id) VALUES ('p1')"_s));
        QVERIFY(q.exec(u"INSERT INTO products (id) VALUES ('p2')"_s));
        QVERIFY(q.exec(u"INSERT INTO orders_products_2 VALUES (1, 'p1')"_s));
        QVERIFY(q.exec(u"INSERT INTO orders_products_2 VALUES (1, 'p2')"_s));
        QVERIFY(!q.exec(u"INSERT INTO orders_products_2 VALUES (1, 'p2')"_s)); // composite PK
        QVERIFY(!q.exec(u"INSERT INTO orders_products_2 VALUES (1, 'p3')"_s)); // FK
        QVERIFY(q.exec(u"DELETE FROM orders WHERE id = 1"_s));                 // cascades
        QVERIFY(q.exec(u"SELECT count(*) FROM orders_products_2"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(u"many_to_many"_s);
}

void TestRelationshipBuilder::selfReference()
{
    Model m = shopModel();
    core::IdGenerator generator(7);
    const auto first = buildRelationship(m, seeded(generator), core::Id(u"tbl_e"_s),
                                         core::Id(u"tbl_e"_s), RelationshipKind::OneToMany);
    QVERIFY(first.ok());
    const auto second = buildRelationship(m, seeded(generator), core::Id(u"tbl_e"_s),
                                          core::Id(u"tbl_e"_s), RelationshipKind::OneToMany);
    QVERIFY(second.ok());
    const Table& employee = *m.table(core::Id(u"tbl_e"_s));
    QCOMPARE(names(employee, first.value().columnIds), QStringList{u"employee_id"_s});
    QCOMPARE(names(employee, second.value().columnIds), QStringList{u"employee_id_2"_s});
    QCOMPARE(employee.foreignKeys.size(), 2);
    QCOMPARE(employee.foreignKeys[0].referencedTableId, employee.id);
    QCOMPARE(employee.foreignKeys[0].referencedColumnIds, QList<core::Id>{core::Id(u"col_e1"_s)});

    verifyAppliesOnSqlite(m, u"self"_s);
    {
        QSqlQuery q(QSqlDatabase::database(u"self"_s));
        QVERIFY(q.exec(u"INSERT INTO employee (id) VALUES (1)"_s));
        QVERIFY(q.exec(u"INSERT INTO employee (id, employee_id) VALUES (2, 1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO employee (id, employee_id) VALUES (3, 9)"_s));
    }
    QSqlDatabase::removeDatabase(u"self"_s);
}

void TestRelationshipBuilder::compositeParentKey()
{
    Model m = shopModel();
    core::IdGenerator generator(7);
    const auto one = buildRelationship(m, seeded(generator), core::Id(u"tbl_o"_s),
                                       core::Id(u"tbl_l"_s), RelationshipKind::OneToMany);
    QVERIFY(one.ok());
    const Table& orders = *m.table(core::Id(u"tbl_o"_s));
    QCOMPARE(names(orders, one.value().columnIds),
             (QStringList{u"shipment_line_shipment_id"_s, u"shipment_line_line_no"_s}));
    const ForeignKey& fk = orders.foreignKeys.first();
    QCOMPARE(fk.referencedColumnIds,
             (QList<core::Id>{core::Id(u"col_l1"_s), core::Id(u"col_l2"_s)}));
    QCOMPARE(orders.column(fk.columnIds[1])->type.kind, LogicalType::Kind::SmallInt);
    QCOMPARE(orders.indexes.first().keys.size(), 2);

    // M:N against a composite key: the join table's PK spans all three columns.
    const auto many = buildRelationship(m, seeded(generator), core::Id(u"tbl_p"_s),
                                        core::Id(u"tbl_l"_s), RelationshipKind::ManyToMany);
    QVERIFY(many.ok());
    const Table& join = *m.table(many.value().tableId);
    QCOMPARE(join.name, u"products_shipment_lines"_s);
    QCOMPARE(join.primaryKey->columnIds.size(), 3);
    QCOMPARE(join.indexes.first().keys.size(), 2);

    verifyAppliesOnSqlite(m, u"composite"_s);
    {
        QSqlQuery q(QSqlDatabase::database(u"composite"_s));
        QVERIFY(q.exec(u"INSERT INTO shipment_lines VALUES (1, 1)"_s));
        const QString insert = u"INSERT INTO orders (id, shipment_line_shipment_id, "
                               u"shipment_line_line_no) VALUES (%1, 1, %2)"_s;
        QVERIFY(q.exec(insert.arg(1).arg(1)));
        QVERIFY(!q.exec(insert.arg(2).arg(2))); // no such shipment line
    }
    QSqlDatabase::removeDatabase(u"composite"_s);
}

void TestRelationshipBuilder::errorsLeaveTheModelUnchanged()
{
    const Model before = shopModel();
    Model m = before;
    core::IdGenerator generator(7);
    // No primary key on the parent.
    auto r = buildRelationship(m, seeded(generator), core::Id(u"tbl_o"_s), core::Id(u"tbl_g"_s),
                               RelationshipKind::OneToMany);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(u"primary key"_s));
    // M:N needs a key on both ends.
    r = buildRelationship(m, seeded(generator), core::Id(u"tbl_g"_s), core::Id(u"tbl_c"_s),
                          RelationshipKind::ManyToMany);
    QVERIFY(!r.ok());
    // Unknown tables.
    r = buildRelationship(m, seeded(generator), core::Id(u"tbl_nope"_s), core::Id(u"tbl_c"_s),
                          RelationshipKind::OneToMany);
    QVERIFY(!r.ok());
    r = buildRelationship(m, seeded(generator), core::Id(u"tbl_o"_s), core::Id(u"tbl_nope"_s),
                          RelationshipKind::OneToOne);
    QVERIFY(!r.ok());
    QCOMPARE(m, before);
}

void TestRelationshipBuilder::deterministic()
{
    Model a = shopModel();
    Model b = shopModel();
    core::IdGenerator ga(3);
    core::IdGenerator gb(3);
    QVERIFY(buildRelationship(a, seeded(ga), core::Id(u"tbl_o"_s), core::Id(u"tbl_p"_s),
                              RelationshipKind::ManyToMany)
                .ok());
    QVERIFY(buildRelationship(b, seeded(gb), core::Id(u"tbl_o"_s), core::Id(u"tbl_p"_s),
                              RelationshipKind::ManyToMany)
                .ok());
    QCOMPARE(a, b);
    RelationshipOptions noIndex;
    noIndex.createIndex = false;
    QVERIFY(buildRelationship(a, seeded(ga), core::Id(u"tbl_o"_s), core::Id(u"tbl_c"_s),
                              RelationshipKind::OneToMany, noIndex)
                .ok());
    QVERIFY(a.table(core::Id(u"tbl_o"_s))->indexes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRelationshipBuilder)
#include "tst_relationshipbuilder.moc"
