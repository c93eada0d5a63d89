#include "model/tableedits.h"
#include "model/validator.h"

#include <QTest>

using namespace schemata;
using core::Id;
using namespace Qt::StringLiterals;

namespace {

Id id(const char* text)
{
    return Id(QString::fromLatin1(text));
}

model::Column column(const char* columnId, const char* name,
                     model::LogicalType::Kind kind = model::LogicalType::Kind::BigInt)
{
    model::Column c;
    c.id = id(columnId);
    c.name = QString::fromLatin1(name);
    c.type.kind = kind;
    c.nullable = false;
    return c;
}

// customers(id, email) and orders(id, customer_id, total), both keyed by id.
model::Model shop()
{
    model::Model m;
    m.schemas.append({id("sch"), QStringLiteral("public"), {}});
    model::Table customers;
    customers.id = id("tbl_c");
    customers.schemaId = id("sch");
    customers.name = QStringLiteral("customers");
    customers.columns = {column("c_id", "id"),
                         column("c_email", "email", model::LogicalType::Kind::Text)};
    customers.primaryKey =
        model::KeyConstraint{id("pk_c"), QStringLiteral("customers_pkey"), {id("c_id")}};
    model::Table orders;
    orders.id = id("tbl_o");
    orders.schemaId = id("sch");
    orders.name = QStringLiteral("orders");
    orders.columns = {column("o_id", "id"), column("o_cust", "customer_id"),
                      column("o_total", "total", model::LogicalType::Kind::Decimal)};
    orders.primaryKey =
        model::KeyConstraint{id("pk_o"), QStringLiteral("orders_pkey"), {id("o_id")}};
    m.tables = {customers, orders};
    return m;
}

QStringList columnOrder(const model::Model& m, const char* tableId)
{
    QStringList names;
    for (const auto& c : m.table(id(tableId))->columns)
        names << c.name;
    return names;
}

} // namespace

class TestTableEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addColumnDefaultsNameAndPosition()
    {
        model::Model m = shop();
        QVERIFY(model::addColumn(m, id("tbl_o"), id("o_new")));
        QCOMPARE(columnOrder(m, "tbl_o").last(), QStringLiteral("column_4"));
        model::LogicalType timestamp;
        timestamp.kind = model::LogicalType::Kind::TimestampTz;
        QVERIFY(model::addColumn(m, id("tbl_o"), id("o_first"), QStringLiteral("created_at"),
                                 timestamp, 0));
        QCOMPARE(m.table(id("tbl_o"))->columns.first().type, timestamp);
        QCOMPARE(columnOrder(m, "tbl_o"), (QStringList{u"created_at"_s, u"id"_s, u"customer_id"_s,
                                                       u"total"_s, u"column_4"_s}));
    }

    void addColumnRejectsBadInput_data()
    {
        QTest::addColumn<QString>("tableId");
        QTest::addColumn<QString>("columnId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown table") << u"nope"_s << u"x"_s << QString() << u"no such table"_s;
        QTest::newRow("id in use") << u"tbl_o"_s << u"c_id"_s << QString() << u"already in use"_s;
        QTest::newRow("no id") << u"tbl_o"_s << QString() << QString() << u"needs an id"_s;
        QTest::newRow("duplicate name")
            << u"tbl_o"_s << u"x"_s << u"total"_s << u"has such a column"_s;
    }
    void addColumnRejectsBadInput()
    {
        QFETCH(QString, tableId);
        QFETCH(QString, columnId);
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        model::Model m = shop();
        const model::Model before = m;
        const auto status = model::addColumn(m, Id(tableId), Id(columnId), name);
        QVERIFY(!status);
        QVERIFY2(status.error().toString().contains(messagePart),
                 qPrintable(status.error().toString()));
        QCOMPARE(m, before);
    }

    void editsLeaveCopiesAlone()
    {
        // Models share their lists until written; an edit must detach, never write
        // through to a copy (the controller keeps the "before" snapshot as one).
        model::Model m = shop();
        const model::Model copy = m;
        QVERIFY(model::moveColumn(m, id("o_total"), 0));
        QVERIFY(model::setColumnUnique(m, id("o_cust"), true, id("uq_1")));
        QVERIFY(model::addCheck(m, id("tbl_o"), id("chk_1"), QStringLiteral("total > 0")));
        model::CheckConstraint check = m.table(id("tbl_o"))->checks.first();
        check.expression = QStringLiteral("total >= 0");
        QVERIFY(model::updateCheck(m, check));
        QVERIFY(model::removeTableMember(m, id("uq_1")));
        QCOMPARE(copy, shop());
        QVERIFY(m != copy);
    }

    void moveColumnClamps()
    {
        model::Model m = shop();
        QVERIFY(model::moveColumn(m, id("o_total"), 0));
        QCOMPARE(columnOrder(m, "tbl_o"), (QStringList{u"total"_s, u"id"_s, u"customer_id"_s}));
        QVERIFY(model::moveColumn(m, id("o_total"), 99));
        QCOMPARE(columnOrder(m, "tbl_o"), (QStringList{u"id"_s, u"customer_id"_s, u"total"_s}));
        QVERIFY(!model::moveColumn(m, id("nope"), 0));
    }

    void removeColumnTakesDependents()
    {
        model::Model m = shop();
        QVERIFY(model::addIndex(m, id("tbl_o"), id("idx_1"), {id("o_cust")}));
        QVERIFY(model::addForeignKey(m, id("tbl_o"), id("fk_1"), {id("o_cust")}, id("tbl_c"),
                                     {id("c_id")}));
        QList<model::Dependent> removed;
        QVERIFY(model::removeColumn(m, id("o_cust"), &removed));
        QCOMPARE(removed.size(), 2);
        QVERIFY(m.table(id("tbl_o"))->indexes.isEmpty());
        QVERIFY(m.table(id("tbl_o"))->foreignKeys.isEmpty());
        QVERIFY(!model::removeColumn(m, id("o_cust")));
    }

    void uniqueToggle()
    {
        model::Model m = shop();
        QVERIFY(model::setColumnUnique(m, id("c_email"), true, id("uq_1")));
        const model::Table* customers = m.table(id("tbl_c"));
        QVERIFY(model::isColumnUnique(*customers, id("c_email")));
        QCOMPARE(customers->uniques.first().name, QStringLiteral("customers_email_key"));
        // Setting it again is a no-op (no second constraint, the spare id is unused).
        QVERIFY(model::setColumnUnique(m, id("c_email"), true, id("uq_2")));
        QCOMPARE(m.table(id("tbl_c"))->uniques.size(), 1);
        QVERIFY(model::setColumnUnique(m, id("c_email"), false, {}));
        QVERIFY(m.table(id("tbl_c"))->uniques.isEmpty());
    }

    // Multi-column UNIQUE constraints (the table editor's Unique tab).
    void uniqueEditsValidate()
    {
        model::Model m = shop();
        QVERIFY(model::addUnique(m, id("tbl_o"), id("uq_1"), {id("o_cust"), id("o_total")}));
        model::KeyConstraint key = m.table(id("tbl_o"))->uniques.first();
        QCOMPARE(key.name, QStringLiteral("orders_customer_id_total_key"));
        QCOMPARE(key.columnIds, (QList<Id>{id("o_cust"), id("o_total")}));
        QVERIFY(!model::isColumnUnique(*m.table(id("tbl_o")), id("o_cust"))); // two columns
        // Refused, nothing changed: no column, a column twice, another table's column, a
        // used id, a name in use (case-insensitively).
        const model::Model before = m;
        QVERIFY(!model::addUnique(m, id("tbl_o"), id("uq_2"), {}));
        QVERIFY(!model::addUnique(m, id("tbl_o"), id("uq_2"), {id("o_id"), id("o_id")}));
        QVERIFY(!model::addUnique(m, id("tbl_o"), id("uq_2"), {id("c_id")}));
        QVERIFY(!model::addUnique(m, id("tbl_o"), id("uq_1"), {id("o_id")}));
        QVERIFY(!model::addUnique(m, id("tbl_o"), id("uq_2"), {id("o_id")},
                                  QStringLiteral("Customers_Pkey")));
        QVERIFY(!model::addUnique(m, id("tbl_nope"), id("uq_2"), {id("o_id")}));
        QCOMPARE(m, before);
        // Reordered and renamed; an empty name (the engine names it) is allowed.
        key.columnIds = {id("o_total"), id("o_cust")};
        key.name = QStringLiteral("orders_total_customer_key");
        QVERIFY(model::updateUnique(m, key));
        QCOMPARE(m.table(id("tbl_o"))->uniques.first(), key);
        key.name.clear();
        QVERIFY(model::updateUnique(m, key));
        key.columnIds.clear();
        QVERIFY(!model::updateUnique(m, key));
        key.columnIds = {id("o_id")};
        key.id = id("nope");
        QVERIFY(!model::updateUnique(m, key));
        QVERIFY(model::removeTableMember(m, id("uq_1")));
        QVERIFY(m.table(id("tbl_o"))->uniques.isEmpty());
    }

    void defaultNamesAreDeterministicAndUnique()
    {
        model::Model m = shop();
        QVERIFY(model::addIndex(m, id("tbl_o"), id("idx_1"), {id("o_cust"), id("o_id")}));
        QVERIFY(model::addIndex(m, id("tbl_o"), id("idx_2"), {id("o_cust"), id("o_id")}, true));
        QVERIFY(model::addCheck(m, id("tbl_o"), id("chk_1"), QStringLiteral("total >= 0")));
        QVERIFY(model::addCheck(m, id("tbl_o"), id("chk_2"), QStringLiteral("total < 1e9")));
        const model::Table* orders = m.table(id("tbl_o"));
        QCOMPARE(orders->indexes[0].name, QStringLiteral("orders_customer_id_id_idx"));
        QCOMPARE(orders->indexes[1].name, QStringLiteral("orders_customer_id_id_idx1"));
        QVERIFY(orders->indexes[1].unique);
        QCOMPARE(orders->checks[0].name, QStringLiteral("orders_check"));
        QCOMPARE(orders->checks[1].name, QStringLiteral("orders_check1"));
        // Same edits on a fresh model → same result.
        model::Model again = shop();
        QVERIFY(model::addIndex(again, id("tbl_o"), id("idx_1"), {id("o_cust"), id("o_id")}));
        QVERIFY(model::addIndex(again, id("tbl_o"), id("idx_2"), {id("o_cust"), id("o_id")}, true));
        QVERIFY(model::addCheck(again, id("tbl_o"), id("chk_1"), QStringLiteral("total >= 0")));
        QVERIFY(model::addCheck(again, id("tbl_o"), id("chk_2"), QStringLiteral("total < 1e9")));
        QCOMPARE(again, m);
        QVERIFY(!model::hasErrors(model::validateModel(m)));
    }

    void indexEditsValidate()
    {
        model::Model m = shop();
        QVERIFY(model::addIndex(m, id("tbl_o"), id("idx_1"), {id("o_cust")}));
        QVERIFY(!model::addIndex(m, id("tbl_o"), id("idx_2"), {}));
        QVERIFY(
            !model::addIndex(m, id("tbl_o"), id("idx_3"), {id("c_id")})); // other table's column
        QVERIFY(!model::addIndex(m, id("tbl_o"), id("idx_4"), {id("o_id"), id("o_id")}));
        model::Index index = m.table(id("tbl_o"))->indexes.first();
        index.name = QStringLiteral("orders_pkey_is_not_taken");
        QVERIFY(model::updateIndex(m, index));
        index.name = QStringLiteral("CUSTOMERS_PKEY"); // case-insensitive clash
        const auto clash = model::updateIndex(m, index);
        QVERIFY(!clash);
        QVERIFY(clash.error().toString().contains(QStringLiteral("public.orders.CUSTOMERS_PKEY")));
        index.name = QStringLiteral("ok");
        index.keys.clear();
        QVERIFY(!model::updateIndex(m, index));
        QCOMPARE(m.table(id("tbl_o"))->indexes.first().name,
                 QStringLiteral("orders_pkey_is_not_taken"));
        index.id = id("nope");
        QVERIFY(!model::updateIndex(m, index));
    }

    void checkEditsValidate()
    {
        model::Model m = shop();
        QVERIFY(!model::addCheck(m, id("tbl_o"), id("chk_1"), QStringLiteral("  ")));
        QVERIFY(model::addCheck(m, id("tbl_o"), id("chk_1"), QStringLiteral("total >= 0")));
        model::CheckConstraint check = m.table(id("tbl_o"))->checks.first();
        check.expression = QStringLiteral("total > 0");
        QVERIFY(model::updateCheck(m, check));
        QCOMPARE(m.table(id("tbl_o"))->checks.first().expression, QStringLiteral("total > 0"));
        check.name.clear();
        QVERIFY(!model::updateCheck(m, check));
    }

    void foreignKeyEditsValidate()
    {
        model::Model m = shop();
        QVERIFY(!model::addForeignKey(m, id("tbl_o"), id("fk_1"), {id("o_cust")}, id("nope"),
                                      {id("c_id")}));
        QVERIFY(!model::addForeignKey(m, id("tbl_o"), id("fk_1"), {id("o_cust")}, id("tbl_c"), {}));
        QVERIFY(!model::addForeignKey(m, id("tbl_o"), id("fk_1"), {id("o_cust")}, id("tbl_c"),
                                      {id("o_id")}));
        QVERIFY(model::addForeignKey(m, id("tbl_o"), id("fk_1"), {id("o_cust")}, id("tbl_c"),
                                     {id("c_id")}));
        model::ForeignKey fk = m.table(id("tbl_o"))->foreignKeys.first();
        QCOMPARE(fk.name, QStringLiteral("orders_customer_id_fkey"));
        fk.onDelete = model::ReferentialAction::Cascade;
        fk.deferrable = true;
        QVERIFY(model::updateForeignKey(m, fk));
        QCOMPARE(m.table(id("tbl_o"))->foreignKeys.first(), fk);
        fk.referencedColumnIds = {id("c_id"), id("c_email")};
        QVERIFY(!model::updateForeignKey(m, fk));
        QVERIFY(!model::hasErrors(model::validateModel(m)));
        QVERIFY(model::removeTableMember(m, fk.id));
        QVERIFY(m.table(id("tbl_o"))->foreignKeys.isEmpty());
        QVERIFY(!model::removeTableMember(m, fk.id));
        QVERIFY(!model::removeTableMember(m, id("o_id"))); // a column is not a member here
    }

    void proposeForeignKey()
    {
        model::Model m = shop();
        const auto proposal = model::proposeForeignKey(m, id("tbl_o"));
        QVERIFY2(proposal, qPrintable(proposal.ok() ? QString() : proposal.error().toString()));
        QCOMPARE(proposal.value().referencedTableId, id("tbl_c"));
        QCOMPARE(proposal.value().columnIds, QList<Id>{id("o_cust")});
        QCOMPARE(proposal.value().referencedColumnIds, QList<Id>{id("c_id")});
        // Once made, the same reference is not proposed again.
        QVERIFY(model::addForeignKey(m, id("tbl_o"), id("fk_1"), proposal.value().columnIds,
                                     proposal.value().referencedTableId,
                                     proposal.value().referencedColumnIds));
        const auto next = model::proposeForeignKey(m, id("tbl_o"));
        QVERIFY(!next || next.value().columnIds != QList<Id>{id("o_cust")} ||
                next.value().referencedTableId != id("tbl_c"));
        // customers has no column that fits orders' key by name; by type it takes a
        // bigint column outside its own key, and there is none → an error.
        const auto none = model::proposeForeignKey(m, id("tbl_c"));
        QVERIFY(!none);
        QVERIFY(none.error().toString().contains(QStringLiteral("public.customers")));
    }

    void defaultText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        using K = model::ColumnDefault::Kind;
        QTest::newRow("none") << int(K::None) << QString() << QString();
        QTest::newRow("text") << int(K::Literal) << u"it's"_s << u"'it''s'"_s;
        QTest::newRow("number") << int(K::Literal) << u"42.5"_s << u"42.5"_s;
        QTest::newRow("quoted number") << int(K::Literal) << u" 7"_s << u"' 7'"_s;
        QTest::newRow("now") << int(K::CurrentTimestamp) << QString() << u"CURRENT_TIMESTAMP"_s;
        QTest::newRow("expression")
            << int(K::Expression) << u"gen_random_uuid()"_s << u"gen_random_uuid()"_s;
        QTest::newRow("concat") << int(K::Expression) << u"'a' || 'b'"_s << u"'a' || 'b'"_s;
    }
    void defaultText()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, text);
        const model::ColumnDefault def{model::ColumnDefault::Kind(kind), value};
        QCOMPARE(model::columnDefaultText(def), text);
        QCOMPARE(model::columnDefaultFromText(text), def);
    }

    void namesToIds()
    {
        const model::Model m = shop();
        const model::Table& orders = *m.table(id("tbl_o"));
        const auto ids = model::columnIdsFromNames(orders, QStringLiteral(" customer_id ,id"));
        QVERIFY(ids);
        QCOMPARE(ids.value(), (QList<Id>{id("o_cust"), id("o_id")}));
        QCOMPARE(model::columnNames(orders, ids.value()), QStringLiteral("customer_id, id"));
        const auto bad = model::columnIdsFromNames(orders, QStringLiteral("id, nope"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("\"nope\"")));
        QVERIFY(!model::columnIdsFromNames(orders, QStringLiteral(" , ")));
    }
};

QTEST_GUILESS_MAIN(TestTableEdits)
#include "tst_tableedits.moc"
