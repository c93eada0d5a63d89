#include "dialect/dependencyorder.h"
#include "testmodels.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

class TstDependencyOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencedTablesComeFirst();
    void cycleDefersTheClosingKey();
    void selfReferenceIsDeferred();
    void danglingKeyIsReported();
    void longChainDoesNotRecurse();

private:
    static QStringList names(const dialect::CreationOrder& order)
    {
        QStringList out;
        for (const model::Table* t : order.tables)
            out.append(t->name);
        return out;
    }
};

void TstDependencyOrder::referencedTablesComeFirst()
{
    dialect::test::ModelBuilder b;
    const core::Id s = b.schema(u"public"_s);
    const qsizetype item = b.table(s, u"item"_s);
    const qsizetype order = b.table(s, u"order"_s);
    const qsizetype customer = b.table(s, u"customer"_s);
    const qsizetype loner = b.table(s, u"loner"_s);
    Q_UNUSED(loner);
    const core::Id itemOrder = b.column(item, u"order_id"_s, u"integer"_s);
    const core::Id orderId = b.column(order, u"id"_s, u"integer"_s);
    const core::Id orderCustomer = b.column(order, u"customer_id"_s, u"integer"_s);
    const core::Id customerId = b.column(customer, u"id"_s, u"integer"_s);
    b.foreignKey(item, {itemOrder}, order, {orderId});
    b.foreignKey(order, {orderCustomer}, customer, {customerId});

    const model::ModelIndex index(b.model);
    const auto result = dialect::CreationOrder::compute(b.model, index);
    QCOMPARE(names(result), QStringList({u"customer"_s, u"order"_s, u"item"_s, u"loner"_s}));
    QVERIFY(result.deferredForeignKeys.isEmpty());
}

void TstDependencyOrder::cycleDefersTheClosingKey()
{
    dialect::test::ModelBuilder b;
    const core::Id s = b.schema(u"public"_s);
    const qsizetype a = b.table(s, u"a"_s);
    const qsizetype bt = b.table(s, u"b"_s);
    const core::Id aId = b.column(a, u"id"_s, u"integer"_s);
    const core::Id aB = b.column(a, u"b_id"_s, u"integer"_s);
    const core::Id bId = b.column(bt, u"id"_s, u"integer"_s);
    const core::Id bA = b.column(bt, u"a_id"_s, u"integer"_s);
    const core::Id aToB = b.foreignKey(a, {aB}, bt, {bId}).id;
    const core::Id bToA = b.foreignKey(bt, {bA}, a, {aId}).id;

    const model::ModelIndex index(b.model);
    const auto result = dialect::CreationOrder::compute(b.model, index);
    // a is visited first, needs b; b's key back to a closes the cycle.
    QCOMPARE(names(result), QStringList({u"b"_s, u"a"_s}));
    QCOMPARE(result.deferredForeignKeys, QSet<core::Id>{bToA});
    QVERIFY(!result.deferredForeignKeys.contains(aToB));

    // Three-table cycle a → b → c → a: exactly one key is deferred.
    const qsizetype c = b.table(s, u"c"_s);
    const core::Id cId = b.column(c, u"id"_s, u"integer"_s);
    const core::Id cA = b.column(c, u"a_id"_s, u"integer"_s);
    b.model.tables[bt].foreignKeys.clear();
    const core::Id bC = b.column(bt, u"c_id"_s, u"integer"_s);
    b.foreignKey(bt, {bC}, c, {cId});
    const core::Id cToA = b.foreignKey(c, {cA}, a, {aId}).id;
    const model::ModelIndex index2(b.model);
    const auto result2 = dialect::CreationOrder::compute(b.model, index2);
    QCOMPARE(names(result2), QStringList({u"c"_s, u"b"_s, u"a"_s}));
    QCOMPARE(result2.deferredForeignKeys, QSet<core::Id>{cToA});
}

void TstDependencyOrder::selfReferenceIsDeferred()
{
    dialect::test::ModelBuilder b;
    const core::Id s = b.schema(u"public"_s);
    const qsizetype cat = b.table(s, u"category"_s);
    const core::Id id = b.column(cat, u"id"_s, u"integer"_s);
    const core::Id parent = b.column(cat, u"parent_id"_s, u"integer"_s);
    const core::Id fk = b.foreignKey(cat, {parent}, cat, {id}).id;
    const model::ModelIndex index(b.model);
    const auto result = dialect::CreationOrder::compute(b.model, index);
    QCOMPARE(names(result), QStringList({u"category"_s}));
    QCOMPARE(result.deferredForeignKeys, QSet<core::Id>{fk});
}

void TstDependencyOrder::danglingKeyIsReported()
{
    dialect::test::ModelBuilder b;
    const core::Id s = b.schema(u"public"_s);
    const qsizetype t = b.table(s, u"t"_s);
    const core::Id col = b.column(t, u"x"_s, u"integer"_s);
    model::ForeignKey& fk = b.foreignKey(t, {col}, t, {col});
    fk.referencedTableId = core::Id(u"tbl_missing"_s);
    const core::Id fkId = fk.id;
    const model::ModelIndex index(b.model);
    const auto result = dialect::CreationOrder::compute(b.model, index);
    QCOMPARE(names(result), QStringList({u"t"_s}));
    QCOMPARE(result.danglingForeignKeys, QSet<core::Id>{fkId});
    QVERIFY(result.deferredForeignKeys.isEmpty());
}

void TstDependencyOrder::longChainDoesNotRecurse()
{
    // t0 → t1 → … → t(n-1): the walk goes n deep; a recursive one would risk the stack.
    const int n = 50000;
    dialect::test::ModelBuilder b;
    const core::Id s = b.schema(u"public"_s);
    QList<core::Id> ids;
    for (int i = 0; i < n; ++i) {
        const qsizetype t = b.table(s, u"t%1"_s.arg(i));
        ids.append(b.column(t, u"id"_s, u"integer"_s));
        b.column(t, u"next"_s, u"integer"_s);
    }
    for (int i = 0; i + 1 < n; ++i)
        b.foreignKey(i, {b.model.tables[i].columns[1].id}, i + 1, {ids[i + 1]});
    const model::ModelIndex index(b.model);
    const auto result = dialect::CreationOrder::compute(b.model, index);
    QCOMPARE(result.tables.size(), n);
    QCOMPARE(result.tables.first()->name, u"t%1"_s.arg(n - 1));
    QCOMPARE(result.tables.last()->name, u"t0"_s);
}

QTEST_GUILESS_MAIN(TstDependencyOrder)
#include "tst_dependencyorder.moc"
