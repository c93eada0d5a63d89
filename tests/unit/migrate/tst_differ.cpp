// The model differ: every object kind × operation and every attribute bit by id, renames
// vs drop + add, name matching with rename candidates, order and determinism, and a
// large synthetic model. Expected changes are written as describeChange() lines, worked
// out by hand from the edit each case makes.
#include "differcases.h"
#include "migrate/differ.h"
#include "migrate/syntheticedits.h"
#include "synth/syntheticproject.h"

#include <QTest>
#include <algorithm>
#include <functional>

using namespace schemata;
using namespace Qt::StringLiterals;
using migrate::Attribute;
using migrate::ChangeOp;
using migrate::DiffOptions;
using migrate::ObjectKind;
using model::LogicalType;

using namespace schemata::migrate::differtest;

class TstDiffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byId_data();
    void byId();
    void renameKeepsIdentity();
    void memberChangesNameBothTables();
    void orderOfChanges();
    void enumValuesOnlyAppended_data();
    void enumValuesOnlyAppended();
    void autoMatching();
    void byNameIdenticalModels();
    void byNameRenamesBecomeCandidates();
    void byNameForcedOnSharedIds();
    void byNameSoleSchemasMatch();
    void byNameUnnamedMembersMatchByStructure();
    void byNameRenamedIndexIsCandidate();
    void byNameRetypedColumnIsNoCandidate();
    void byNameEnumAndViewCandidates();
    void byNameDomains();
    void invalidModelsDoNotCrash();
    void deterministic();
    void largeSyntheticModel();
};

void TstDiffer::byId_data()
{
    QTest::addColumn<int>("index");
    const QList<EditCase> cases = byIdCases();
    for (qsizetype i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << int(i);
}

void TstDiffer::byId()
{
    QFETCH(int, index);
    const EditCase edit = byIdCases().at(index);
    model::Model from = baseModel();
    model::Model to = baseModel();
    edit.edit(from, to);
    const migrate::ChangeSet changes = migrate::diffModels(from, to, {DiffOptions::Matching::ById});
    QCOMPARE(describe(changes), edit.expected);
    QVERIFY(!changes.matchedByName);
    QCOMPARE(changes.renameCandidates.size(), 0);
    // Auto finds the shared ids and gives the same answer.
    QCOMPARE(migrate::diffModels(from, to), changes);
}

void TstDiffer::renameKeepsIdentity()
{
    model::Model to = baseModel();
    note(to).name = u"remark"_s;
    note(to).nullable = false;
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QCOMPARE(changes.changes.size(), 2);
    const migrate::Change& rename = changes.changes[0];
    QCOMPARE(rename.op, ChangeOp::Rename);
    QCOMPARE(rename.kind, ObjectKind::Column);
    QCOMPARE(rename.fromId, id("col_o_note"));
    QCOMPARE(rename.toId, id("col_o_note"));
    QCOMPARE(rename.fromTableId, id("tbl_order"));
    QCOMPARE(rename.toTableId, id("tbl_order"));
    QCOMPARE(rename.changed, migrate::Attributes());
    QCOMPARE(rename.path, u"public.order.remark"_s);
    const migrate::Change& alter = changes.changes[1];
    QCOMPARE(alter.op, ChangeOp::Alter);
    QCOMPARE(alter.changed, migrate::Attributes(Attribute::Nullable));
    QCOMPARE(alter.fromId, id("col_o_note"));
}

void TstDiffer::memberChangesNameBothTables()
{
    // Add, Drop and table-level changes: which ids are set on which side.
    model::Model to = baseModel();
    order(to).name = u"orders"_s;
    order(to).columns.removeLast();
    order(to).columns.append(makeColumn("col_o_ref", "ref", "text", true));
    to.tables.append(
        model::Table{id("tbl_new"), id("sch_public"), u"new"_s, {}, {}, {}, {}, {}, {}, {}});
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QCOMPARE(describe(changes),
             QStringList({u"rename table public.orders"_s, u"add column public.orders.ref"_s,
                          u"drop column public.order.note"_s, u"add table public.new"_s}));
    const migrate::Change& add = changes.changes[1];
    QCOMPARE(add.fromId, core::Id());
    QCOMPARE(add.toId, id("col_o_ref"));
    QCOMPARE(add.fromTableId, id("tbl_order"));
    QCOMPARE(add.toTableId, id("tbl_order"));
    const migrate::Change& drop = changes.changes[2];
    QCOMPARE(drop.fromId, id("col_o_note"));
    QCOMPARE(drop.toId, core::Id());
    QCOMPARE(drop.fromTableId, id("tbl_order"));
    QCOMPARE(drop.toTableId, id("tbl_order"));
    const migrate::Change& table = changes.changes[3];
    QCOMPARE(table.toId, id("tbl_new"));
    QCOMPARE(table.fromTableId, core::Id());
    QCOMPARE(table.toTableId, core::Id());
}

void TstDiffer::orderOfChanges()
{
    // One edit of every kind at once: schemas, enums, tables (new order, then drops in
    // old order) with their members column → pk → unique → check → fk → index, views.
    model::Model from = baseModel();
    from.tables.append(
        model::Table{id("tbl_old"), id("sch_public"), u"old"_s, {}, {}, {}, {}, {}, {}, {}});
    model::Model to = baseModel();
    to.schemas.prepend({id("sch_audit"), u"audit"_s, {}});
    to.schemas.removeLast();                 // drop sales
    to.enums[0].values.append(u"shipped"_s); // alter enum
    to.views[0].sql = u"SELECT 1"_s;         // alter view
    to.tables.swapItemsAt(0, 1);             // order first now; no column moves
    order(to).indexes[0].method = u"hash"_s;
    order(to).foreignKeys[0].onDelete = model::ReferentialAction::Restrict;
    order(to).checks[0].expression = u"total > 0"_s;
    order(to).primaryKey->name = u"order_pk"_s;
    note(to).comment = u"x"_s;
    order(to).columns.append(makeColumn("col_o_ref", "ref", "text", true));
    order(to).columns.removeAt(3); // drop total
    customer(to).uniques.clear();
    to.tables.append(
        model::Table{id("tbl_new"), id("sch_public"), u"new"_s, {}, {}, {}, {}, {}, {}, {}});

    const QStringList expected = {
        u"add schema audit"_s,
        u"drop schema sales"_s,
        u"alter enum public.status (values)"_s,
        u"alter column public.order.note (comment)"_s,
        u"add column public.order.ref"_s,
        u"drop column public.order.total"_s,
        u"rename primary key public.order.order_pk"_s,
        u"alter check constraint public.order.order_total_check (expression)"_s,
        u"alter foreign key public.order.order_customer_fkey (on delete)"_s,
        u"alter index public.order.order_customer_idx (method)"_s,
        u"drop unique constraint public.customer.customer_email_key"_s,
        u"add table public.new"_s,
        u"drop table public.old"_s,
        u"alter view public.big_orders (sql)"_s,
    };
    QCOMPARE(describe(migrate::diffModels(from, to)), expected);
}

void TstDiffer::enumValuesOnlyAppended_data()
{
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<bool>("appended");
    QTest::newRow("one appended") << QStringList{u"a"_s, u"b"_s}
                                  << QStringList{u"a"_s, u"b"_s, u"c"_s} << true;
    QTest::newRow("two appended") << QStringList{u"a"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                  << true;
    QTest::newRow("from empty") << QStringList{} << QStringList{u"a"_s} << true;
    QTest::newRow("equal") << QStringList{u"a"_s} << QStringList{u"a"_s} << false;
    QTest::newRow("inserted first") << QStringList{u"b"_s} << QStringList{u"a"_s, u"b"_s} << false;
    QTest::newRow("reordered") << QStringList{u"a"_s, u"b"_s} << QStringList{u"b"_s, u"a"_s}
                               << false;
    QTest::newRow("removed") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s} << false;
    QTest::newRow("renamed and appended")
        << QStringList{u"a"_s} << QStringList{u"x"_s, u"b"_s} << false;
}

void TstDiffer::enumValuesOnlyAppended()
{
    QFETCH(QStringList, from);
    QFETCH(QStringList, to);
    QFETCH(bool, appended);
    model::EnumType a{id("e"), {}, u"e"_s, from, {}};
    model::EnumType b{id("e"), {}, u"e"_s, to, {}};
    QCOMPARE(migrate::enumValuesOnlyAppended(a, b), appended);
}

void TstDiffer::autoMatching()
{
    const model::Model base = baseModel();
    QVERIFY(!migrate::diffModels(base, base).matchedByName);
    QVERIFY(migrate::diffModels(base, bench::reidentified(base, u"x_"_s)).matchedByName);
    // Nothing to match on one side: every object is an add (or drop) either way.
    const migrate::ChangeSet fromEmpty = migrate::diffModels({}, base);
    QVERIFY(!fromEmpty.matchedByName);
    QCOMPARE(describe(fromEmpty),
             QStringList({u"add schema public"_s, u"add schema sales"_s,
                          u"add enum public.status"_s, u"add table public.customer"_s,
                          u"add table public.order"_s, u"add view public.big_orders"_s}));
    QCOMPARE(describe(migrate::diffModels(base, {})),
             QStringList({u"drop schema public"_s, u"drop schema sales"_s,
                          u"drop enum public.status"_s, u"drop table public.customer"_s,
                          u"drop table public.order"_s, u"drop view public.big_orders"_s}));
    QVERIFY(migrate::diffModels({}, {}).isEmpty());
}

void TstDiffer::byNameIdenticalModels()
{
    const model::Model base = baseModel();
    const migrate::ChangeSet changes =
        migrate::diffModels(base, bench::reidentified(base, u"x_"_s));
    QVERIFY(changes.matchedByName);
    QCOMPARE(describe(changes), QStringList());
    QCOMPARE(changes.renameCandidates.size(), 0);
}

void TstDiffer::byNameRenamesBecomeCandidates()
{
    model::Model to = baseModel();
    customer(to).name = u"client"_s;
    note(to).name = u"remark"_s;
    to = bench::reidentified(to, u"x_"_s);
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QVERIFY(changes.matchedByName);
    // The FK now points at a table the differ could not match: its reference changed.
    QCOMPARE(describe(changes),
             QStringList({u"add table public.client"_s, u"add column public.order.remark"_s,
                          u"drop column public.order.note"_s,
                          u"alter foreign key public.order.order_customer_fkey (reference)"_s,
                          u"drop table public.customer"_s}));
    // Same type, same position, same nullability and default: 100; identical columns: 100.
    QCOMPARE(describe(changes.renameCandidates),
             QStringList({u"column public.order.note -> public.order.remark (100)"_s,
                          u"table public.customer -> public.client (100)"_s}));
    const migrate::RenameCandidate& table = changes.renameCandidates[1];
    QCOMPARE(table.fromId, id("tbl_customer"));
    QCOMPARE(table.toId, id("x_tbl_customer"));
    // Matched objects name both sides' ids.
    const migrate::Change& fk = changes.changes[3];
    QCOMPARE(fk.fromId, id("fk_order_customer"));
    QCOMPARE(fk.toId, id("x_fk_order_customer"));
    QCOMPARE(fk.fromTableId, id("tbl_order"));
    QCOMPARE(fk.toTableId, id("x_tbl_order"));
}

void TstDiffer::byNameForcedOnSharedIds()
{
    // A rename with the same id is exact by id, and only a candidate by name.
    model::Model to = baseModel();
    customer(to).name = u"client"_s;
    column(to, "tbl_customer", "col_c_email").name = u"mail"_s;
    QCOMPARE(describe(migrate::diffModels(baseModel(), to)),
             QStringList({u"rename table public.client"_s, u"rename column public.client.mail"_s}));
    to = baseModel();
    customer(to).columns.append(makeColumn("col_c_phone", "phone", "varchar(40)", true));
    customer(to).name = u"client"_s;
    const migrate::ChangeSet byName =
        migrate::diffModels(baseModel(), to, {DiffOptions::Matching::ByName});
    QVERIFY(byName.matchedByName);
    QCOMPARE(describe(byName),
             QStringList({u"add table public.client"_s,
                          u"alter foreign key public.order.order_customer_fkey (reference)"_s,
                          u"drop table public.customer"_s}));
    // 3 of 3 old columns among 4 new ones: 2·3 / (3 + 4) = 86%.
    QCOMPARE(describe(byName.renameCandidates),
             QStringList({u"table public.customer -> public.client (86)"_s}));
}

void TstDiffer::byNameSoleSchemasMatch()
{
    // A MariaDB import names its one schema after the database.
    model::Model to = bench::reidentified(baseModel(), u"x_"_s);
    to.schemas[0].name = u"shopdb"_s;
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QCOMPARE(describe(changes), QStringList({u"rename schema shopdb"_s}));
    // With tables in two schemas on one side, schemas match by name only: nothing in
    // "public" matches, and the look-alikes are offered (the order table's enum column
    // counts as another type, its enum being unmatched: 4 of 5 columns, 80).
    table(to, "x_tbl_customer").schemaId = id("x_sch_sales");
    const migrate::ChangeSet split = migrate::diffModels(baseModel(), to);
    QCOMPARE(describe(split),
             QStringList({u"add schema shopdb"_s, u"drop schema public"_s,
                          u"add enum shopdb.status"_s, u"drop enum public.status"_s,
                          u"add table sales.customer"_s, u"add table shopdb.order"_s,
                          u"drop table public.customer"_s, u"drop table public.order"_s,
                          u"add view shopdb.big_orders"_s, u"drop view public.big_orders"_s}));
    QCOMPARE(describe(split.renameCandidates),
             QStringList({u"enum public.status -> shopdb.status (100)"_s,
                          u"table public.customer -> sales.customer (100)"_s,
                          u"table public.order -> shopdb.order (80)"_s,
                          u"view public.big_orders -> shopdb.big_orders (100)"_s}));
}

void TstDiffer::byNameUnnamedMembersMatchByStructure()
{
    model::Model from = baseModel();
    customer(from).uniques[0].name.clear();
    order(from).foreignKeys[0].name.clear();
    order(from).indexes[0].name.clear();
    model::Model to = bench::reidentified(baseModel(), u"x_"_s);
    table(to, "x_tbl_order").foreignKeys[0].onDelete = model::ReferentialAction::SetNull;
    // Named on one side only: matched by structure, not a rename (the dialect's name stays).
    const migrate::ChangeSet changes = migrate::diffModels(from, to);
    QCOMPARE(describe(changes),
             QStringList({u"alter foreign key public.order.order_customer_fkey (on delete)"_s}));
    // Unnamed on both sides: the path says what the member is.
    model::Model unnamed = bench::reidentified(from, u"x_"_s);
    table(unnamed, "x_tbl_order").foreignKeys[0].onUpdate = model::ReferentialAction::Cascade;
    QCOMPARE(
        describe(migrate::diffModels(from, unnamed)),
        QStringList({u"alter foreign key public.order.foreign key(customer_id) (on update)"_s}));
    QCOMPARE(changes.renameCandidates.size(), 0);
}

void TstDiffer::byNameRenamedIndexIsCandidate()
{
    model::Model to = baseModel();
    order(to).indexes[0].name = u"order_customer_id_idx"_s;
    order(to).checks[0].name = u"total_positive"_s;
    to = bench::reidentified(to, u"x_"_s);
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QCOMPARE(describe(changes),
             QStringList({u"add check constraint public.order.total_positive"_s,
                          u"drop check constraint public.order.order_total_check"_s,
                          u"add index public.order.order_customer_id_idx"_s,
                          u"drop index public.order.order_customer_idx"_s}));
    QCOMPARE(
        describe(changes.renameCandidates),
        QStringList(
            {u"check constraint public.order.order_total_check -> public.order.total_positive (100)"_s,
             u"index public.order.order_customer_idx -> public.order.order_customer_id_idx (100)"_s}));
}

void TstDiffer::byNameRetypedColumnIsNoCandidate()
{
    model::Model to = baseModel();
    note(to).name = u"remark"_s;
    note(to).type.kind = LogicalType::Kind::Json;
    column(to, "tbl_customer", "col_c_name").name = u"full_name"_s;
    column(to, "tbl_customer", "col_c_name").nullable = true;
    to = bench::reidentified(to, u"x_"_s);
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    // name → full_name: same type and position, nullability differs: 80.
    QCOMPARE(describe(changes.renameCandidates),
             QStringList({u"column public.customer.name -> public.customer.full_name (80)"_s}));
}

void TstDiffer::byNameEnumAndViewCandidates()
{
    model::Model to = baseModel();
    to.enums[0].name = u"order_status"_s;
    column(to, "tbl_order", "col_o_status").type.enumId = to.enums[0].id;
    to.views[0].name = u"large_orders"_s;
    to = bench::reidentified(to, u"x_"_s);
    const migrate::ChangeSet changes = migrate::diffModels(baseModel(), to);
    QCOMPARE(describe(changes),
             QStringList({u"add enum public.order_status"_s, u"drop enum public.status"_s,
                          u"alter column public.order.status (type)"_s,
                          u"add view public.large_orders"_s, u"drop view public.big_orders"_s}));
    QCOMPARE(describe(changes.renameCandidates),
             QStringList({u"enum public.status -> public.order_status (100)"_s,
                          u"view public.big_orders -> public.large_orders (100)"_s}));
}

void TstDiffer::byNameDomains()
{
    // Two imports: every id differs. Domains match by (schema, name), their checks by name
    // (or, unnamed, by expression), and a column's domain reference through that match.
    model::Model from = baseModel();
    from.domains.append(shortText());
    from.domains[0].checks.append({id("chk_a"), {}, u"VALUE <> ''"_s});
    note(from).type.domainId = id("dom_short");
    model::Model to = from;
    to.domains[0].id = id("dom_short_2");
    to.domains[0].checks[0].id = id("chk_short_len_2");
    to.domains[0].checks[1].id = id("chk_a_2");
    note(to).type.domainId = id("dom_short_2");
    const DiffOptions byName{DiffOptions::Matching::ByName};
    QCOMPARE(describe(migrate::diffModels(from, to, byName)), QStringList());

    // A renamed domain is a drop and an add, offered as a candidate (same base type); the
    // column now names another domain: a type change.
    to.domains[0].name = u"brief_text"_s;
    const migrate::ChangeSet renamed = migrate::diffModels(from, to, byName);
    QCOMPARE(describe(renamed),
             QStringList({u"add domain public.brief_text"_s, u"drop domain public.short_text"_s,
                          u"alter column public.order.note (type)"_s}));
    QCOMPARE(describe(renamed.renameCandidates),
             QStringList({u"domain public.short_text -> public.brief_text (100)"_s}));
}

void TstDiffer::invalidModelsDoNotCrash()
{
    // Duplicate ids and names, dangling references, missing schemas: the differ reports
    // what it can match and never crashes.
    model::Model from = baseModel();
    from.tables.append(from.tables[0]);
    order(from).foreignKeys[0].referencedTableId = id("tbl_missing");
    order(from).foreignKeys[0].columnIds.append(id("col_missing"));
    model::Model to = baseModel();
    to.tables[0].schemaId = id("sch_missing");
    to.tables.append(to.tables[1]);
    for (const auto matching : {DiffOptions::Matching::ById, DiffOptions::Matching::ByName}) {
        const migrate::ChangeSet a = migrate::diffModels(from, to, {matching});
        QCOMPARE(migrate::diffModels(from, to, {matching}), a);
        QVERIFY(!a.isEmpty());
    }
}

namespace {

int countOf(const migrate::ChangeSet& changes, ChangeOp op, ObjectKind kind)
{
    return int(
        std::count_if(changes.changes.cbegin(), changes.changes.cend(),
                      [&](const migrate::Change& c) { return c.op == op && c.kind == kind; }));
}

} // namespace

void TstDiffer::deterministic()
{
    synth::SyntheticProjectOptions options;
    options.tables = 200;
    options.columns = 2000;
    options.foreignKeys = 300;
    const model::Model from = synth::generateSyntheticProject(options).model;
    const model::Model to = bench::editSynthetic(from, 10, nullptr);
    const migrate::ChangeSet first = migrate::diffModels(from, to);
    QVERIFY(first.changes.size() > 50);
    // Same inputs, separately built: same changes in the same order, every time.
    for (int run = 0; run < 3; ++run)
        QCOMPARE(migrate::diffModels(synth::generateSyntheticProject(options).model,
                                     bench::editSynthetic(from, 10, nullptr)),
                 first);
    const model::Model other = bench::reidentified(to, u"x_"_s);
    const migrate::ChangeSet byName = migrate::diffModels(from, other);
    QVERIFY(byName.matchedByName);
    QVERIFY(!byName.renameCandidates.isEmpty());
    for (int run = 0; run < 3; ++run)
        QCOMPARE(migrate::diffModels(from, bench::reidentified(to, u"x_"_s)), byName);
}

void TstDiffer::largeSyntheticModel()
{
    // The benchmark's shape: 2,000 tables, 20,000 columns, 3,000 FKs, 5% of tables edited.
    const model::Model from = synth::generateSyntheticProject({}).model;
    QCOMPARE(from.tables.size(), 2000);
    QVERIFY(migrate::diffModels(from, from).isEmpty());
    QVERIFY(migrate::diffModels(from, bench::reidentified(from, u"x_"_s)).isEmpty());

    bench::SyntheticEditCounts counts;
    const model::Model to = bench::editSynthetic(from, 80, &counts);
    QCOMPARE(counts.renamed, 25);
    QCOMPARE(counts.altered, 25);
    QCOMPARE(counts.added, 25);
    QCOMPARE(counts.dropped, 25);
    const migrate::ChangeSet byId = migrate::diffModels(from, to);
    QVERIFY(!byId.matchedByName);
    QCOMPARE(countOf(byId, ChangeOp::Rename, ObjectKind::Table), counts.renamed);
    QCOMPARE(countOf(byId, ChangeOp::Alter, ObjectKind::Table), counts.altered);
    QCOMPARE(countOf(byId, ChangeOp::Add, ObjectKind::Column), counts.altered);
    QCOMPARE(countOf(byId, ChangeOp::Add, ObjectKind::Table), counts.added);
    QCOMPARE(countOf(byId, ChangeOp::Drop, ObjectKind::Table), counts.dropped);
    QCOMPARE(countOf(byId, ChangeOp::Drop, ObjectKind::ForeignKey), counts.droppedForeignKeys);
    QCOMPARE(byId.changes.size(), counts.renamed + 2 * counts.altered + counts.added +
                                      counts.dropped + counts.droppedForeignKeys);

    // The same edit seen by name: every rename is a drop + add and offered as a candidate
    // with all columns equal.
    const migrate::ChangeSet byName = migrate::diffModels(from, bench::reidentified(to, u"x_"_s));
    QVERIFY(byName.matchedByName);
    QCOMPARE(countOf(byName, ChangeOp::Rename, ObjectKind::Table), 0);
    QCOMPARE(countOf(byName, ChangeOp::Add, ObjectKind::Table), counts.added + counts.renamed);
    QCOMPARE(countOf(byName, ChangeOp::Drop, ObjectKind::Table), counts.dropped + counts.renamed);
    QCOMPARE(countOf(byName, ChangeOp::Add, ObjectKind::Column), counts.altered);
    int renameCandidates = 0;
    for (const migrate::RenameCandidate& c : byName.renameCandidates) {
        if (c.kind == ObjectKind::Table && c.toPath.endsWith(u"_renamed") &&
            c.toPath == c.fromPath + u"_renamed"_s) {
            QCOMPARE(c.score, 100);
            QCOMPARE(c.toId.toString(), u"x_"_s + c.fromId.toString());
            ++renameCandidates;
        }
    }
    QCOMPARE(renameCandidates, counts.renamed);
}

QTEST_GUILESS_MAIN(TstDiffer)
#include "tst_differ.moc"
