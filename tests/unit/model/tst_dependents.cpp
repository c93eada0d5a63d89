#include "model/dependents.h"
#include "model/validator.h"

#include <QTest>

using namespace schemata;
using core::Id;

namespace {

model::Column column(const char* id, const char* name)
{
    model::Column c;
    c.id = Id(QString::fromLatin1(id));
    c.name = QString::fromLatin1(name);
    c.type.kind = model::LogicalType::Kind::BigInt;
    c.nullable = false;
    return c;
}

// customers(id, email) ← orders(id, customer_id) with an index on orders(customer_id, id)
// and a unique on customers(email); orders also references itself (parent_id).
model::Model shop()
{
    model::Model m;
    m.schemas.append({Id(QStringLiteral("sch")), QStringLiteral("public"), {}});
    model::Table customers;
    customers.id = Id(QStringLiteral("tbl_c"));
    customers.schemaId = Id(QStringLiteral("sch"));
    customers.name = QStringLiteral("customers");
    customers.columns = {column("c_id", "id"), column("c_email", "email")};
    customers.primaryKey = model::KeyConstraint{Id(QStringLiteral("pk_c")), QStringLiteral("customers_pkey"), {Id(QStringLiteral("c_id"))}};
    customers.uniques.append({Id(QStringLiteral("uq_email")), QStringLiteral("customers_email_key"), {Id(QStringLiteral("c_email"))}});
    model::Table orders;
    orders.id = Id(QStringLiteral("tbl_o"));
    orders.schemaId = Id(QStringLiteral("sch"));
    orders.name = QStringLiteral("orders");
    orders.columns = {column("o_id", "id"), column("o_cust", "customer_id"), column("o_parent", "parent_id")};
    orders.primaryKey = model::KeyConstraint{Id(QStringLiteral("pk_o")), QStringLiteral("orders_pkey"), {Id(QStringLiteral("o_id"))}};
    model::ForeignKey fk;
    fk.id = Id(QStringLiteral("fk_cust"));
    fk.name = QStringLiteral("orders_customer_fkey");
    fk.columnIds = {Id(QStringLiteral("o_cust"))};
    fk.referencedTableId = customers.id;
    fk.referencedColumnIds = {Id(QStringLiteral("c_id"))};
    orders.foreignKeys.append(fk);
    model::ForeignKey self = fk;
    self.id = Id(QStringLiteral("fk_parent"));
    self.name = QStringLiteral("orders_parent_fkey");
    self.columnIds = {Id(QStringLiteral("o_parent"))};
    self.referencedTableId = orders.id;
    self.referencedColumnIds = {Id(QStringLiteral("o_id"))};
    orders.foreignKeys.append(self);
    model::Index index;
    index.id = Id(QStringLiteral("idx_cust"));
    index.name = QStringLiteral("orders_customer_idx");
    index.keys = {model::IndexKey{Id(QStringLiteral("o_cust")), {}, model::IndexKey::Sort::Asc, model::IndexKey::Nulls::Default},
                  model::IndexKey{Id(QStringLiteral("o_id")), {}, model::IndexKey::Sort::Desc, model::IndexKey::Nulls::Default}};
    orders.indexes.append(index);
    m.tables = {customers, orders};
    return m;
}

bool hasDangling(const model::Model& m)
{
    for (const model::Diagnostic& d : model::validateModel(m)) {
        if (d.severity == model::Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace

class TestDependents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsValid() { QVERIFY(!hasDangling(shop())); }

    void tableListsIncomingForeignKeysOnly()
    {
        const auto deps = model::dependentsOf(shop(), Id(QStringLiteral("tbl_c")));
        QCOMPARE(deps.size(), 1);
        QCOMPARE(deps.first().id, Id(QStringLiteral("fk_cust")));
        QVERIFY(deps.first().reason.contains(QStringLiteral("customers")));
        // Its own self-reference is not an outside dependent of orders.
        QVERIFY(model::dependentsOf(shop(), Id(QStringLiteral("tbl_o"))).isEmpty());
    }

    void removeTableDropsReferencingForeignKeys()
    {
        model::Model m = shop();
        QList<model::Dependent> removed;
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("tbl_c")), &removed));
        QCOMPARE(m.tables.size(), 1);
        QCOMPARE(m.tables.first().foreignKeys.size(), 1); // the self-reference stays
        QCOMPARE(removed.size(), 1);
        QVERIFY(!hasDangling(m));
    }

    void removeReferencedColumn()
    {
        model::Model m = shop();
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("c_id"))));
        const model::Table& customers = m.tables.at(0);
        QVERIFY(!customers.primaryKey.has_value());
        QVERIFY(m.tables.at(1).foreignKeys.size() == 1);
        QCOMPARE(m.tables.at(1).foreignKeys.first().id, Id(QStringLiteral("fk_parent")));
        QVERIFY(!hasDangling(m));
    }

    void removeIndexedColumnKeepsRestOfIndex()
    {
        model::Model m = shop();
        const auto deps = model::dependentsOf(m, Id(QStringLiteral("o_cust")));
        QCOMPARE(deps.size(), 2); // index loses a key; the FK over it goes
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("o_cust"))));
        const model::Table& orders = m.tables.at(1);
        QCOMPARE(orders.indexes.size(), 1);
        QCOMPARE(orders.indexes.first().keys.size(), 1);
        QCOMPARE(orders.foreignKeys.size(), 1);
        QVERIFY(!hasDangling(m));
    }

    void removeUniqueColumnAndLastIndexKey()
    {
        model::Model m = shop();
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("c_email"))));
        QVERIFY(m.tables.at(0).uniques.isEmpty());
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("o_cust"))));
        QVERIFY(model::removeWithDependents(m, Id(QStringLiteral("o_id"))));
        QVERIFY(m.tables.at(1).indexes.isEmpty());
        QVERIFY(!m.tables.at(1).primaryKey.has_value());
        QVERIFY(m.tables.at(1).foreignKeys.isEmpty()); // self-reference targeted o_id
        QVERIFY(!hasDangling(m));
    }

    void unknownId()
    {
        model::Model m = shop();
        QVERIFY(!model::removeWithDependents(m, Id(QStringLiteral("nope"))));
        QCOMPARE(m, shop());
        QVERIFY(model::dependentsOf(m, Id(QStringLiteral("nope"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDependents)
#include "tst_dependents.moc"
