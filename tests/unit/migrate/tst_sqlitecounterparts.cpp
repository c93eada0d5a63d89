// The SQLite planner pairs objects by id; with the differ's name matching (schemata
// compare: a live import against a project) the old model first takes the new side's
// ids. A project imported from the same database keeps the catalog ids, so a table or
// column renamed in the project has the id the live object has under its old name: the
// planner must still do what the differ says (drop + add, the rename only offered as a
// candidate), not a rename by id.
#include "migrate/differ.h"
#include "migrate/planner.h"

#include <QTest>

using namespace schemata;
using namespace Qt::StringLiterals;

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

// One table as an import names it: ids derived from the names.
model::Model imported(const QString& tableName, const QString& emailName)
{
    model::Model m;
    model::Table t;
    t.id = core::Id(u"tbl_main.customer"_s);
    t.name = tableName;
    t.columns = {column(u"col_main.customer.id"_s, u"id"_s, u"integer"_s, false),
                 column(u"col_main.customer.name"_s, u"name"_s, u"text"_s, false),
                 column(u"col_main.customer.email"_s, emailName, u"text"_s, true)};
    t.primaryKey = model::KeyConstraint{
        core::Id(u"pk_main.customer"_s), {}, {core::Id(u"col_main.customer.id"_s)}};
    m.tables.append(t);
    return m;
}

QString up(const model::Model& from, const model::Model& to, migrate::DiffOptions::Matching m)
{
    const migrate::ChangeSet changes = migrate::diffModels(from, to, {m});
    return migrate::renderUp(migrate::createPlanner(u"sqlite")->plan(changes, from, to));
}

} // namespace

class TstSqliteCounterparts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renamedTableByNameIsDropAndCreate()
    {
        const model::Model live = imported(u"customer"_s, u"email"_s);
        const model::Model project = imported(u"client"_s, u"email"_s);
        const migrate::ChangeSet changes =
            migrate::diffModels(live, project, {migrate::DiffOptions::Matching::ByName});
        QCOMPARE(changes.renameCandidates.size(), 1);
        const QString sql = up(live, project, migrate::DiffOptions::Matching::ByName);
        QVERIFY2(sql.contains(u"DROP TABLE IF EXISTS customer;"_s), qPrintable(sql));
        QVERIFY2(sql.contains(u"CREATE TABLE IF NOT EXISTS client ("_s), qPrintable(sql));
        QVERIFY2(!sql.contains(u"RENAME"_s), qPrintable(sql));
        // By id (one document's history) the same pair is an exact rename.
        const QString byId = up(live, project, migrate::DiffOptions::Matching::ById);
        QVERIFY2(byId.contains(u"ALTER TABLE customer RENAME TO client;"_s), qPrintable(byId));
    }

    void renamedColumnByNameIsDropAndAdd()
    {
        const model::Model live = imported(u"customer"_s, u"email"_s);
        const model::Model project = imported(u"customer"_s, u"mail"_s);
        const QString sql = up(live, project, migrate::DiffOptions::Matching::ByName);
        QVERIFY2(sql.contains(u"ALTER TABLE customer DROP COLUMN email;"_s), qPrintable(sql));
        QVERIFY2(sql.contains(u"ALTER TABLE customer ADD COLUMN mail TEXT;"_s), qPrintable(sql));
        QVERIFY2(!sql.contains(u"RENAME"_s), qPrintable(sql));
        const QString byId = up(live, project, migrate::DiffOptions::Matching::ById);
        QVERIFY2(byId.contains(u"ALTER TABLE customer RENAME COLUMN email TO mail;"_s),
                 qPrintable(byId));
    }

    // Same names, different ids (two separate imports): nothing to do.
    void unchangedWithOtherIdsIsEmpty()
    {
        const model::Model live = imported(u"customer"_s, u"email"_s);
        model::Model project = live;
        project.tables[0].id = core::Id(u"tbl_other"_s);
        for (model::Column& c : project.tables[0].columns)
            c.id = core::Id(c.id.toString() + u"_other"_s);
        project.tables[0].primaryKey->columnIds = {project.tables[0].columns.at(0).id};
        const migrate::ChangeSet changes =
            migrate::diffModels(live, project, {migrate::DiffOptions::Matching::ByName});
        QVERIFY(changes.isEmpty());
        const migrate::Plan plan = migrate::createPlanner(u"sqlite")->plan(changes, live, project);
        QVERIFY2(plan.isEmpty(), qPrintable(migrate::renderUp(plan)));
    }
};

QTEST_GUILESS_MAIN(TstSqliteCounterparts)
#include "tst_sqlitecounterparts.moc"
