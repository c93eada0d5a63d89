// Copy / paste / duplicate of tables: fresh ids everywhere, de-duplicated names, FKs
// inside the selection follow the copies, FKs outside are kept when their target exists,
// layout offset, and the result still saves, loads and validates.
#include "app/tableclipboard.h"
#include "core/idgenerator.h"
#include "document/documentformat.h"
#include "model/relationshipbuilder.h"
#include "model/validator.h"

#include <QSet>
#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

namespace {

model::Table table(const QString& id, const QString& name, const QString& pkName = {})
{
    model::Table t;
    t.id = core::Id(id);
    t.schemaId = core::Id(u"sch_1"_s);
    t.name = name;
    model::Column key;
    key.id = core::Id(id + u"_id"_s);
    key.name = u"id"_s;
    key.type.kind = model::LogicalType::Kind::BigInt;
    key.nullable = false;
    t.columns.append(key);
    t.primaryKey = model::KeyConstraint{core::Id(u"pk_"_s + id), pkName, {key.id}};
    return t;
}

struct Fixture
{
    document::Document doc;
    core::IdGenerator generator{11};
    model::IdSource ids = [this](QStringView prefix) { return generator.next(prefix); };

    Fixture()
    {
        doc.name = u"Shop"_s;
        doc.model.schemas.append(model::Schema{core::Id(u"sch_1"_s), u"public"_s, {}});
        doc.model.enums.append(model::EnumType{core::Id(u"enm_1"_s), core::Id(u"sch_1"_s),
                                               u"status"_s, {u"new"_s, u"paid"_s}, {}});
        model::Table orders = table(u"tbl_o"_s, u"orders"_s, u"orders_pkey"_s);
        model::Column status;
        status.id = core::Id(u"col_status"_s);
        status.name = u"status"_s;
        status.type.kind = model::LogicalType::Kind::Enum;
        status.type.enumId = core::Id(u"enm_1"_s);
        orders.columns.append(status);
        doc.model.tables = {table(u"tbl_c"_s, u"customers"_s), orders,
                            table(u"tbl_p"_s, u"products"_s), table(u"tbl_i"_s, u"order_items"_s)};
        using K = model::RelationshipKind;
        for (auto [child, parent] : {std::pair{u"tbl_o"_s, u"tbl_c"_s}, {u"tbl_i"_s, u"tbl_o"_s},
                                     {u"tbl_i"_s, u"tbl_p"_s}}) {
            const auto r = model::buildRelationship(doc.model, ids, core::Id(child),
                                                    core::Id(parent), K::OneToMany);
            Q_ASSERT(r.ok());
        }
        doc.layout.nodes.insert(core::Id(u"tbl_o"_s),
                                document::NodeLayout{100, 50, 0, 0, u"#336699"_s});
        doc.layout.nodes.insert(core::Id(u"tbl_i"_s), document::NodeLayout{400.5, 50, 0, 0, {}});
    }
};

QSet<QString> allIds(const model::Model& m)
{
    QSet<QString> out;
    for (const model::Table& t : m.tables) {
        out << t.id.toString();
        for (const auto& c : t.columns)
            out << c.id.toString();
        if (t.primaryKey)
            out << t.primaryKey->id.toString();
        for (const auto& f : t.foreignKeys)
            out << f.id.toString();
        for (const auto& i : t.indexes)
            out << i.id.toString();
        for (const auto& u : t.uniques)
            out << u.id.toString();
    }
    return out;
}

// The document survives save → load unchanged and has no validation errors.
void verifyLoadsAndValidates(const document::Document& doc)
{
    const QByteArray bytes = document::writeDocument(doc);
    const auto loaded = document::readDocument(bytes, u"pasted"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(document::writeDocument(loaded.value()), bytes);
    const model::Diagnostics diagnostics = model::validateModel(doc.model);
    QStringList problems;
    for (const auto& d : diagnostics)
        problems << d.toString();
    QVERIFY2(!model::hasErrors(diagnostics), qPrintable(problems.join(u'\n')));
}

// A copy (the document may change later in the test); an empty table when missing.
model::Table byName(const document::Document& doc, const QString& name)
{
    const model::Table* t = doc.model.tableByName(u"public", name);
    return t ? *t : model::Table{};
}

} // namespace

class TestTableClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void duplicate();
    void duplicateTwiceNumbersNames();
    void pasteIntoEmptyDocumentDropsOutsideKeys();
    void pasteIntoOtherDocumentResolvesByName();
    void copyIsDeterministic();
    void garbageIsAnErrorAndChangesNothing();
};

void TestTableClipboard::duplicate()
{
    Fixture f;
    const document::Document before = f.doc;
    const auto result =
        app::duplicateTables(f.doc, {core::Id(u"tbl_i"_s), core::Id(u"tbl_o"_s)}, f.ids);
    QVERIFY(result.ok());
    QCOMPARE(result.value().tableIds.size(), 2);
    QCOMPARE(result.value().droppedForeignKeys, 0);
    QCOMPARE(f.doc.model.tables.size(), 6);
    // The originals are untouched, the copies come after them in document order.
    QCOMPARE(f.doc.model.tables.mid(0, 4), before.model.tables);
    const model::Table orders = byName(f.doc, u"orders_copy"_s);
    const model::Table items = byName(f.doc, u"order_items_copy"_s);
    QCOMPARE(result.value().tableIds, (QList<core::Id>{orders.id, items.id}));
    // Fresh ids: nothing in the copies reuses an id of the originals.
    model::Model copies;
    copies.tables = {orders, items};
    QVERIFY(!allIds(copies).intersects(allIds(before.model)));
    // Named constraints follow the new table name.
    QCOMPARE(orders.primaryKey->name, u"orders_copy_pkey"_s);
    // The enum is shared, not copied.
    QCOMPARE(f.doc.model.enums.size(), 1);
    QCOMPARE(orders.columnByName(u"status")->type.enumId, core::Id(u"enm_1"_s));
    // order_items_copy → orders_copy (inside), → products (outside, kept); orders_copy →
    // customers (outside, kept).
    QCOMPARE(items.foreignKeys.size(), 2);
    QCOMPARE(items.foreignKeys[0].referencedTableId, orders.id);
    QCOMPARE(items.foreignKeys[0].referencedColumnIds, QList<core::Id>{orders.columns[0].id});
    QCOMPARE(items.foreignKeys[0].columnIds, QList<core::Id>{items.columnByName(u"order_id")->id});
    QCOMPARE(items.foreignKeys[1].referencedTableId, core::Id(u"tbl_p"_s));
    QCOMPARE(items.foreignKeys[1].referencedColumnIds, QList<core::Id>{core::Id(u"tbl_p_id"_s)});
    QCOMPARE(orders.foreignKeys.first().referencedTableId, core::Id(u"tbl_c"_s));
    QCOMPARE(items.indexes.first().keys.first().columnId, items.foreignKeys[0].columnIds.first());
    // Layout offset by +40,+40, colour kept.
    QCOMPARE(f.doc.layout.nodes.value(orders.id),
             (document::NodeLayout{140, 90, 0, 0, u"#336699"_s}));
    QCOMPARE(f.doc.layout.nodes.value(items.id), (document::NodeLayout{440.5, 90, 0, 0, {}}));
    verifyLoadsAndValidates(f.doc);
}

void TestTableClipboard::duplicateTwiceNumbersNames()
{
    Fixture f;
    QVERIFY(app::duplicateTables(f.doc, {core::Id(u"tbl_o"_s)}, f.ids).ok());
    QVERIFY(app::duplicateTables(f.doc, {core::Id(u"tbl_o"_s)}, f.ids).ok());
    QVERIFY(f.doc.model.tableByName(u"public", u"orders_copy"));
    const model::Table second = byName(f.doc, u"orders_copy_2"_s);
    QCOMPARE(second.primaryKey->name, u"orders_copy_2_pkey"_s);
    QVERIFY(!app::duplicateTables(f.doc, {core::Id(u"tbl_nope"_s)}, f.ids).ok());
    verifyLoadsAndValidates(f.doc);
}

void TestTableClipboard::pasteIntoEmptyDocumentDropsOutsideKeys()
{
    Fixture f;
    const QByteArray clip = app::copyTables(f.doc, {core::Id(u"tbl_o"_s), core::Id(u"tbl_i"_s)});
    document::Document empty;
    const auto result = app::pasteTables(empty, clip, f.ids, 0, 0);
    QVERIFY(result.ok());
    QCOMPARE(result.value().droppedForeignKeys, 2); // → customers, → products
    QCOMPARE(empty.model.tables.size(), 2);
    // Nothing clashes here, so the names stay.
    QCOMPARE(empty.model.tables[0].name, u"orders"_s);
    QCOMPARE(empty.model.tables[1].name, u"order_items"_s);
    QCOMPARE(empty.model.tables[1].foreignKeys.size(), 1);
    QCOMPARE(empty.model.tables[1].foreignKeys[0].referencedTableId, empty.model.tables[0].id);
    QCOMPARE(empty.model.schemas.size(), 1);
    QCOMPARE(empty.model.schemas[0].name, u"public"_s);
    QCOMPARE(empty.model.enums.size(), 1);
    QCOMPARE(empty.layout.nodes.value(empty.model.tables[0].id).x, 100.0);
    verifyLoadsAndValidates(empty);
}

void TestTableClipboard::pasteIntoOtherDocumentResolvesByName()
{
    Fixture f;
    const QByteArray clip = app::copyTables(f.doc, {core::Id(u"tbl_o"_s)});
    document::Document other;
    other.model.schemas.append(model::Schema{core::Id(u"sch_9"_s), u"public"_s, {}});
    model::Table customers = table(u"tbl_9"_s, u"customers"_s);
    customers.schemaId = core::Id(u"sch_9"_s);
    other.model.tables.append(customers);
    const auto result = app::pasteTables(other, clip, f.ids);
    QVERIFY(result.ok());
    QCOMPARE(result.value().droppedForeignKeys, 0);
    const model::Table& orders = other.model.tables.last();
    QCOMPARE(orders.schemaId, core::Id(u"sch_9"_s)); // the existing schema of that name
    QCOMPARE(orders.foreignKeys.first().referencedTableId, core::Id(u"tbl_9"_s));
    QCOMPARE(orders.foreignKeys.first().referencedColumnIds,
             QList<core::Id>{core::Id(u"tbl_9_id"_s)});
    verifyLoadsAndValidates(other);
}

void TestTableClipboard::copyIsDeterministic()
{
    Fixture f;
    const QByteArray a = app::copyTables(f.doc, {core::Id(u"tbl_o"_s), core::Id(u"tbl_i"_s)});
    const QByteArray b = app::copyTables(f.doc, {core::Id(u"tbl_i"_s), core::Id(u"tbl_o"_s)});
    QCOMPARE(a, b);
    QVERIFY(a.contains("\"schemataClipboard\": 1"));
    // The copy holds the selected tables plus stubs of the referenced outside tables only.
    QVERIFY(a.contains("\"customers\""));
    QVERIFY(!a.contains("\"categories\""));
}

void TestTableClipboard::garbageIsAnErrorAndChangesNothing()
{
    Fixture f;
    const document::Document before = f.doc;
    for (const QByteArray& text :
         {QByteArray("hello"), QByteArray("{}"), QByteArray("{\"schemataClipboard\": 1}"),
          QByteArray("{\"schemataClipboard\": 1, \"document\": {\"format\": \"other\"}}")}) {
        const auto result = app::pasteTables(f.doc, text, f.ids);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().toString().isEmpty());
        QCOMPARE(f.doc, before);
    }
}

QTEST_GUILESS_MAIN(TestTableClipboard)
#include "tst_tableclipboard.moc"
