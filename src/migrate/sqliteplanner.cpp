#include "migrate/sqliteplanner.h"

#include "dialect/dialect.h"
#include "migrate/plannersupport.h"
#include "migrate/sqlitecounterparts.h"
#include "migrate/sqlitetablerebuild.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace schemata::migrate {

using model::Column;
using model::Index;
using model::Model;
using model::Table;
using model::View;

namespace {

// Inserts IF [NOT] EXISTS after the leading keywords of a DDL statement.
QString guardCreate(const QString& sql, bool guards)
{
    if (!guards)
        return sql;
    for (const QLatin1String head :
         {QLatin1String("CREATE TABLE "), QLatin1String("CREATE INDEX "),
          QLatin1String("CREATE UNIQUE INDEX "), QLatin1String("CREATE VIEW ")}) {
        if (sql.startsWith(head))
            return head + QStringLiteral("IF NOT EXISTS ") + sql.mid(head.size());
    }
    return sql;
}

QString dropSql(QLatin1String what, const QString& quotedName, bool guards)
{
    return QStringLiteral("DROP %1 %2%3")
        .arg(what, guards ? QStringLiteral("IF EXISTS ") : QString(), quotedName);
}

// A model with one table and what its CREATE TABLE text depends on (the tables its
// foreign keys name, the enums behind its CHECKs, the domains of its columns), comments
// left out because SQLite keeps them only as text that no catalog query reads. Two such
// models built the same way generate the same text exactly when the tables are alike.
Model oracleModel(Table table, const Model& enumSource, const Model& to,
                  const QHash<core::Id, const Table*>& toTables)
{
    Model small;
    small.schemas = to.schemas;
    small.enums = enumSource.enums;
    for (const model::EnumType& e : to.enums) {
        if (!enumSource.enumType(e.id))
            small.enums.append(e);
    }
    // Domains too: a column declared with one carries its NOT NULL, DEFAULT and checks.
    small.domains = enumSource.domains;
    for (const model::DomainType& d : to.domains) {
        if (!enumSource.domainType(d.id))
            small.domains.append(d);
    }
    table.comment.clear();
    for (Column& column : table.columns)
        column.comment.clear();
    QSet<core::Id> added{table.id};
    for (const model::ForeignKey& fk : table.foreignKeys) {
        if (added.contains(fk.referencedTableId))
            continue;
        added.insert(fk.referencedTableId);
        if (const Table* target = toTables.value(fk.referencedTableId)) {
            Table copy = *target;
            copy.foreignKeys.clear();
            copy.indexes.clear();
            copy.checks.clear();
            small.tables.append(std::move(copy));
        }
    }
    small.tables.prepend(std::move(table));
    return small;
}

class SqlitePlanBuilder
{
public:
    SqlitePlanBuilder(const ChangeSet& changes, const Model& from, const Model& to,
                      const PlanOptions& options)
        : m_changes(changes), m_from(from), m_to(to), m_options(options),
          m_dialect(dialect::createDialect(u"sqlite")), m_fromDdl(m_dialect->createScript(from)),
          m_toDdl(m_dialect->createScript(to))
    {
        index(m_fromDdl, m_fromSql);
        index(m_toDdl, m_toSql);
        for (const Table& t : from.tables)
            m_fromTables.insert(t.id, &t);
        for (const Table& t : to.tables)
            m_toTables.insert(t.id, &t);
        for (const Model* m : {&from, &to}) {
            for (const Table& t : m->tables)
                m_taken.insert(t.name.toLower());
            for (const View& v : m->views)
                m_taken.insert(v.name.toLower());
        }
        for (const dialect::DdlScript* script : {&m_fromDdl, &m_toDdl}) {
            for (const QString& name : script->fragments.names)
                m_taken.insert(name.toLower());
        }
        for (int i = 0; i < changes.changes.size(); ++i) {
            const Change& c = changes.changes.at(i);
            const core::Id& id = c.toId.isNull() ? c.fromId : c.toId;
            const QString key = changeKey(c.kind, c.op, id);
            if (!m_changeIndex.contains(key))
                m_changeIndex.insert(key, i);
            // A table's own changes and its members' (same id on both sides when the
            // models share identity; either side otherwise).
            const bool isTable = c.kind == ObjectKind::Table;
            for (const core::Id& table :
                 {isTable ? c.fromId : c.fromTableId, isTable ? c.toId : c.toTableId}) {
                QList<int>& list = m_tableChanges[table];
                if (!table.isNull() && !list.contains(i))
                    list.append(i);
            }
        }
    }

    Plan build();

private:
    struct TableWork
    {
        const Table* from = nullptr;
        const Table* to = nullptr;
        bool rebuild = false;
        QList<const Column*> renamedColumns; // to side
        QList<const Column*> droppedColumns; // from side
        QList<const Column*> addedColumns;   // to side
        QList<const Index*> droppedIndexes;  // from side
        QList<const Index*> createdIndexes;  // to side
    };

    static void index(const dialect::DdlScript& script, QHash<core::Id, QString>& sql)
    {
        for (const dialect::DdlStatement& s : script.statements) {
            if (!sql.contains(s.objectId))
                sql.insert(s.objectId, s.sql);
        }
    }
    static QString changeKey(ObjectKind kind, ChangeOp op, const core::Id& id)
    {
        return QString::number(int(kind)) + u'/' + QString::number(int(op)) + u'/' + id.toString();
    }
    int changeIndex(ObjectKind kind, ChangeOp op, const core::Id& id) const
    {
        return m_changeIndex.value(changeKey(kind, op, id), -1);
    }
    QString summary(int change, const QString& fallback) const
    {
        return change >= 0 ? describeChange(m_changes.changes.at(change)) : fallback;
    }
    QString q(QStringView name) const { return m_dialect->quoteIdentifier(name); }
    QString indexName(const dialect::DdlScript& script, const Index& index) const
    {
        return script.fragments.names.value(index.id, index.name);
    }
    QStringList indexStatements(const QHash<core::Id, QString>& sql, const Table& table) const
    {
        QStringList out;
        for (const Index& i : table.indexes) {
            if (sql.contains(i.id))
                out.append(sql.value(i.id));
        }
        return out;
    }

    bool unchanged(const Table& from, const Table& to) const;
    bool alterable(const Model& model, const Table& table, const Column& column) const;
    TableWork analyze(const Table& from, const Table& to) const;
    bool sameConstraintNames(const Table& from, const Table& to) const;
    QSet<core::Id> viewsToRecreate(const QStringList& affectedTables) const;

    PlanStep step(int change, const core::Id& object, const QString& fallbackSummary) const
    {
        PlanStep s;
        s.changeIndex = change;
        s.objectId = object;
        s.summary = summary(change, fallbackSummary);
        return s;
    }
    PlanStep rebuildStep(const TableWork& work, Plan& plan) const;
    void appendTableRenames(const QList<TableWork>& work, QList<PlanStep>& steps) const;

    const ChangeSet& m_changes;
    const Model& m_from;
    const Model& m_to;
    const PlanOptions& m_options;
    std::unique_ptr<dialect::Dialect> m_dialect;
    dialect::DdlScript m_fromDdl;
    dialect::DdlScript m_toDdl;
    QHash<core::Id, QString> m_fromSql; // object id → its CREATE statement
    QHash<core::Id, QString> m_toSql;
    QHash<core::Id, const Table*> m_fromTables;
    QHash<core::Id, const Table*> m_toTables;
    QHash<QString, int> m_changeIndex;
    QHash<core::Id, QList<int>> m_tableChanges; // table id → its changes (and its members')
    QSet<QString> m_taken;                      // names in use, lower case
};

bool SqlitePlanBuilder::unchanged(const Table& from, const Table& to) const
{
    if (m_fromSql.value(from.id) != m_toSql.value(to.id) ||
        from.indexes.size() != to.indexes.size())
        return false;
    for (qsizetype i = 0; i < from.indexes.size(); ++i) {
        const core::Id& id = from.indexes.at(i).id;
        if (to.indexes.at(i).id != id || m_fromSql.value(id) != m_toSql.value(id))
            return false;
    }
    return true;
}

// Whether ALTER TABLE … ADD COLUMN / DROP COLUMN can add or drop this column (both, so
// the step has a reverse of the same kind): SQLite refuses key, unique, indexed,
// referenced, checked and STORED generated columns, non-constant defaults, and NOT NULL
// without a default.
bool SqlitePlanBuilder::alterable(const Model& model, const Table& table,
                                  const Column& column) const
{
    using Kind = model::ColumnDefault::Kind;
    if (table.isPrimaryKeyColumn(column.id))
        return false;
    // A VIRTUAL generated column can be added (nothing is stored); a STORED one cannot.
    if (!column.generatedExpression.trimmed().isEmpty()) {
        if (column.generatedStored || !column.nullable)
            return false;
    } else {
        const Kind def = column.defaultValue.kind;
        if (def == Kind::Expression || def == Kind::CurrentTimestamp)
            return false;
        if (!column.nullable && def != Kind::Literal)
            return false;
    }
    // Checks carried from the column's domain are table constraints: ADD COLUMN cannot.
    if (const model::DomainType* domain = model.domainType(column.type.domainId);
        domain && !domain->checks.isEmpty())
        return false;
    for (const model::KeyConstraint& k : table.uniques) {
        if (k.columnIds.contains(column.id))
            return false;
    }
    for (const model::ForeignKey& fk : table.foreignKeys) {
        if (fk.columnIds.contains(column.id))
            return false;
    }
    for (const model::CheckConstraint& c : table.checks) {
        if (SqliteTableRebuild::mentions(c.expression, column.name))
            return false;
    }
    for (const Column& other : table.columns) {
        if (SqliteTableRebuild::mentions(other.generatedExpression, column.name))
            return false;
    }
    for (const Index& i : table.indexes) {
        if (i.includeColumnIds.contains(column.id) ||
            SqliteTableRebuild::mentions(i.where, column.name))
            return false;
        for (const model::IndexKey& key : i.keys) {
            if (key.columnId == column.id ||
                SqliteTableRebuild::mentions(key.expression, column.name))
                return false;
        }
    }
    for (const Table& other : model.tables) {
        for (const model::ForeignKey& fk : other.foreignKeys) {
            if (fk.referencedTableId == table.id && fk.referencedColumnIds.contains(column.id))
                return false;
        }
    }
    return true;
}

// Primary key, uniques, checks and foreign keys: the same set, under the same names
// (ALTER TABLE renames neither a constraint nor an index).
bool SqlitePlanBuilder::sameConstraintNames(const Table& from, const Table& to) const
{
    auto ids = [](const Table& t) {
        QList<core::Id> out;
        if (t.primaryKey)
            out.append(t.primaryKey->id);
        for (const auto& k : t.uniques)
            out.append(k.id);
        for (const auto& c : t.checks)
            out.append(c.id);
        for (const auto& fk : t.foreignKeys)
            out.append(fk.id);
        return out;
    };
    const QList<core::Id> fromIds = ids(from);
    if (fromIds != ids(to))
        return false;
    for (const core::Id& id : fromIds) {
        if (m_fromDdl.fragments.names.value(id) != m_toDdl.fragments.names.value(id))
            return false;
    }
    return true;
}

SqlitePlanBuilder::TableWork SqlitePlanBuilder::analyze(const Table& from, const Table& to) const
{
    TableWork work;
    work.from = &from;
    work.to = &to;
    QSet<QString> fromNames;
    for (const Column& c : from.columns)
        fromNames.insert(c.name.toLower());
    QList<core::Id> expectedOrder;
    for (const Column& c : from.columns) {
        const Column* other = to.column(c.id);
        if (!other) {
            work.droppedColumns.append(&c);
            work.rebuild = work.rebuild || !alterable(m_from, from, c);
        } else {
            expectedOrder.append(c.id);
        }
    }
    for (const Column& c : to.columns) {
        const Column* old = from.column(c.id);
        if (!old) {
            work.addedColumns.append(&c);
            expectedOrder.append(c.id);
            work.rebuild = work.rebuild || !alterable(m_to, to, c);
        } else if (old->name != c.name) {
            work.renamedColumns.append(&c);
            // Swapping names would need a third name; the rebuild does it in one go.
            work.rebuild = work.rebuild || (fromNames.contains(c.name.toLower()) &&
                                            old->name.compare(c.name, Qt::CaseInsensitive) != 0);
        }
    }
    // ADD COLUMN appends, in both directions: the up must end with the new columns and
    // the down (which adds the dropped ones back) with the dropped ones.
    QList<core::Id> toOrder;
    QList<core::Id> restoredOrder;
    for (const Column& c : to.columns) {
        toOrder.append(c.id);
        if (from.column(c.id))
            restoredOrder.append(c.id);
    }
    QList<core::Id> fromOrder;
    for (const Column& c : from.columns)
        fromOrder.append(c.id);
    for (const Column* c : std::as_const(work.droppedColumns))
        restoredOrder.append(c->id);
    work.rebuild = work.rebuild || expectedOrder != toOrder || restoredOrder != fromOrder ||
                   !sameConstraintNames(from, to);
    // Checks a column carries from its domain are named after table and column; ALTER
    // TABLE … RENAME keeps the old names, a fresh build uses the new ones.
    for (const Column& c : from.columns) {
        if (!to.column(c.id))
            continue;
        const auto names = [](const QList<dialect::DdlFragments::CarriedCheck>& checks) {
            QStringList out;
            for (const auto& check : checks)
                out.append(check.name);
            return out;
        };
        work.rebuild = work.rebuild || names(m_fromDdl.fragments.carriedChecks.value(c.id)) !=
                                           names(m_toDdl.fragments.carriedChecks.value(c.id));
    }

    // The old definition as ALTER TABLE would leave it, against the new one.
    Table altered = from;
    altered.name = to.name;
    altered.columns.clear();
    for (const core::Id& id : expectedOrder) {
        const Column* old = from.column(id);
        Column c = old ? *old : *to.column(id);
        if (old)
            c.name = to.column(id)->name;
        altered.columns.append(c);
    }
    // Index names stay what they were; the texts are compared under the new names.
    const dialect::DdlScript oldText =
        m_dialect->createScript(oracleModel(altered, m_from, m_to, m_toTables));
    const dialect::DdlScript newText =
        m_dialect->createScript(oracleModel(to, m_to, m_to, m_toTables));
    QHash<core::Id, QString> oldSql;
    QHash<core::Id, QString> newSql;
    index(oldText, oldSql);
    index(newText, newSql);
    work.rebuild = work.rebuild || oldSql.value(to.id) != newSql.value(to.id);
    if (work.rebuild)
        return work;
    for (const Index& i : from.indexes) {
        const bool kept = [&] {
            for (const Index& other : to.indexes) {
                if (other.id == i.id)
                    return indexName(m_fromDdl, i) == indexName(m_toDdl, other) &&
                           oldSql.value(i.id) == newSql.value(i.id);
            }
            return false;
        }();
        if (!kept)
            work.droppedIndexes.append(&i);
    }
    for (const Index& i : to.indexes) {
        const bool kept =
            std::any_of(from.indexes.cbegin(), from.indexes.cend(), [&](const Index& old) {
                return old.id == i.id && !work.droppedIndexes.contains(&old);
            });
        if (!kept)
            work.createdIndexes.append(&i);
    }
    return work;
}

// Views of the old model to drop before the tables change and create again after:
// changed or dropped views, views that read a table that is rebuilt, dropped or loses a
// column, and (transitively) views that read those views.
QSet<core::Id> SqlitePlanBuilder::viewsToRecreate(const QStringList& affectedTables) const
{
    QSet<core::Id> out;
    QStringList names = affectedTables;
    for (const View& v : m_from.views) {
        const View* now = m_to.view(v.id);
        if (!now || m_fromSql.value(v.id) != m_toSql.value(v.id)) {
            out.insert(v.id);
            names.append(v.name);
        }
    }
    bool grew = true;
    while (grew) {
        grew = false;
        for (const View& v : m_from.views) {
            if (out.contains(v.id))
                continue;
            for (const QString& name : std::as_const(names)) {
                if (SqliteTableRebuild::mentions(v.sql, name)) {
                    out.insert(v.id);
                    names.append(v.name);
                    grew = true;
                    break;
                }
            }
        }
    }
    return out;
}

PlanStep SqlitePlanBuilder::rebuildStep(const TableWork& work, Plan& plan) const
{
    const Table& from = *work.from;
    const Table& to = *work.to;
    auto defaults = [](const dialect::DdlScript& script, const Table& table) {
        QHash<core::Id, QString> out;
        for (const Column& c : table.columns)
            out.insert(c.id, script.fragments.columns.value(c.id).defaultSql);
        return out;
    };
    const SqliteTableRebuild::Side fromSide{from, m_fromSql.value(from.id), from.name,
                                            indexStatements(m_fromSql, from),
                                            defaults(m_fromDdl, from)};
    const SqliteTableRebuild::Side toSide{to, m_toSql.value(to.id), to.name,
                                          indexStatements(m_toSql, to), defaults(m_toDdl, to)};
    // The down's rebuild runs before the downs of the table renames, while the renamed
    // tables hold their new names: its REFERENCES say those, and the renames' downs
    // rewrite them as SQLite does every reference (old names would, in a swap, point at
    // the other table and be rewritten onto the wrong one).
    QHash<QString, QString> renamed;
    for (const Table& t : m_from.tables) {
        const Table* now = m_toTables.value(t.id);
        if (now && now->name != t.name)
            renamed.insert(q(t.name), q(now->name));
    }
    SqliteTableRebuild::Side fromNow = fromSide;
    fromNow.createTableSql =
        SqliteTableRebuild::retargetReferences(fromSide.createTableSql, renamed);
    const SqliteTableRebuild up(fromSide, toSide, to.name, m_taken);
    SqliteTableRebuild down(toSide, fromNow, to.name, m_taken);
    down.setFillRestoredColumns(true);

    QStringList reasons;
    int first = -1;
    for (int i : m_tableChanges.value(to.id)) {
        const Change& c = m_changes.changes.at(i);
        if (c.kind == ObjectKind::Table && c.op == ChangeOp::Rename)
            continue; // its own step
        if (first < 0)
            first = i;
        reasons.append(describeChange(c));
    }
    PlanStep s;
    s.changeIndex = first;
    s.objectId = to.id;
    s.summary = QStringLiteral("rebuild table %1").arg(to.name);
    if (reasons.isEmpty()) {
        // An enum's values live in the CHECK of every column of that type; a domain's NOT
        // NULL, DEFAULT and checks in every column declared with it.
        QSet<core::Id> enums;
        QSet<core::Id> domains;
        for (const Column& c : to.columns) {
            if (!c.type.enumId.isNull())
                enums.insert(c.type.enumId);
            if (!c.type.domainId.isNull())
                domains.insert(c.type.domainId);
        }
        for (int i = 0; i < m_changes.changes.size(); ++i) {
            const Change& c = m_changes.changes.at(i);
            const core::Id id = c.toId.isNull() ? c.fromId : c.toId;
            const core::Id owner = c.toTableId.isNull() ? c.fromTableId : c.toTableId;
            if ((c.kind == ObjectKind::Enum && enums.contains(id)) ||
                (c.kind == ObjectKind::Domain && domains.contains(id)) ||
                (c.kind == ObjectKind::DomainCheck && domains.contains(owner))) {
                if (first < 0)
                    first = i;
                reasons.append(describeChange(c));
            }
        }
    }
    if (!reasons.isEmpty())
        s.summary += QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
    else // nothing of its own changed: the names SQLite cannot rename did
        s.summary += QStringLiteral(": its generated constraint names follow the new names");
    s.up = up.statements(*m_dialect);
    s.down = down.statements(*m_dialect);
    const QStringList lost = up.lostColumns();
    if (!lost.isEmpty()) {
        s.irreversible = true;
        s.irreversibleReason =
            QStringLiteral("The rebuild of %1 drops the values of %2; the down brings the "
                           "column(s) back empty (NULL or their default), or filled with 0 or "
                           "'' (the type's zero value) where NOT NULL without a default.")
                .arg(to.name, lost.join(QStringLiteral(", ")));
    }
    // Enum values live in each column's CHECK (… IN (…)): the down's copy fails on rows
    // written since the up that hold a value the up added.
    auto enumOf = [](const Model& m, const core::Id& id) -> const model::EnumType* {
        for (const model::EnumType& e : m.enums)
            if (e.id == id)
                return &e;
        return nullptr;
    };
    QStringList narrowed;
    for (const Column& c : to.columns) {
        const Column* old = from.column(c.id);
        if (!old || c.type.enumId.isNull() || old->type.enumId.isNull())
            continue;
        const QStringList added =
            enumValuesOnlyIn(enumOf(m_to, c.type.enumId), enumOf(m_from, old->type.enumId));
        if (!added.isEmpty())
            narrowed.append(
                QStringLiteral("%1 (%2)").arg(c.name, added.join(QStringLiteral(", "))));
    }
    // Foreign keys the up drops come back with the down's rebuild, whose
    // PRAGMA foreign_key_check fails on rows written since the up that point nowhere.
    QStringList restoredKeys;
    for (int i : m_tableChanges.value(to.id)) {
        const Change& c = m_changes.changes.at(i);
        if (c.kind == ObjectKind::ForeignKey && (c.op == ChangeOp::Drop || c.op == ChangeOp::Alter))
            restoredKeys.append(c.path);
    }
    if (!restoredKeys.isEmpty()) {
        const QString reason =
            QStringLiteral("The down brings back foreign key(s) %1; its foreign_key_check "
                           "fails if rows written since the up point nowhere (fix those rows "
                           "first).")
                .arg(restoredKeys.join(QStringLiteral(", ")));
        s.irreversibleReason = s.irreversible ? s.irreversibleReason + u' ' + reason : reason;
        s.irreversible = true;
    }
    if (!narrowed.isEmpty()) {
        const QString reason =
            QStringLiteral("The down's CHECK no longer accepts enum values the up added to %1; "
                           "copying rows written since the up that hold them fails (update "
                           "those rows first).")
                .arg(narrowed.join(QStringLiteral(", ")));
        s.irreversibleReason = s.irreversible ? s.irreversibleReason + u' ' + reason : reason;
        s.irreversible = true;
    }
    for (const QString& column : up.unfillableColumns()) {
        model::Diagnostic d;
        d.severity = model::Diagnostic::Severity::Warning;
        d.code = QStringLiteral("sqlite-rebuild-not-null");
        d.path = to.name + u'.' + column;
        d.message = QStringLiteral("The new column is NOT NULL without a default, so copying "
                                   "the rows of %1 fails when it has any; give the column a "
                                   "default or allow NULL first.")
                        .arg(to.name);
        d.objectId = to.id;
        plan.warnings.append(std::move(d));
    }
    return s;
}

// Table renames in an order where each target name is free when its turn comes; names
// that go round in a cycle (a ↔ b) go through a temporary name first.
void SqlitePlanBuilder::appendTableRenames(const QList<TableWork>& work,
                                           QList<PlanStep>& steps) const
{
    struct Pending
    {
        const Table* to;
        QString current;
    };
    QList<Pending> pending;
    QHash<QString, int> inUse; // lower-case name → how many kept tables hold it now
    for (const TableWork& w : work) {
        if (w.from->name != w.to->name)
            pending.append({w.to, w.from->name});
    }
    for (const Table& t : m_to.tables) {
        if (const Table* old = m_fromTables.value(t.id))
            ++inUse[old->name.toLower()];
    }
    auto rename = [&](Pending& p, const QString& target, const QString& summary) {
        PlanStep s =
            step(changeIndex(ObjectKind::Table, ChangeOp::Rename, p.to->id), p.to->id, summary);
        s.summary = summary;
        s.up = {QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(q(p.current), q(target))};
        s.down = {QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(q(target), q(p.current))};
        steps.append(s);
        --inUse[p.current.toLower()];
        ++inUse[target.toLower()];
        p.current = target;
    };
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            Pending& p = pending[i];
            const bool caseOnly = p.current.compare(p.to->name, Qt::CaseInsensitive) == 0;
            if (!caseOnly && inUse.value(p.to->name.toLower()) > 0)
                continue;
            rename(p, p.to->name,
                   QStringLiteral("rename table %1 to %2")
                       .arg(m_fromTables.value(p.to->id)->name, p.to->name));
            pending.removeAt(i);
            progressed = true;
            break;
        }
        if (progressed)
            continue;
        Pending& first = pending.first();
        QString temporary = first.to->name + QStringLiteral("_renaming");
        while (m_taken.contains(temporary.toLower()) || inUse.value(temporary.toLower()) > 0)
            temporary += u'_';
        rename(first, temporary,
               QStringLiteral("rename table %1 to %2 (on its way to %3)")
                   .arg(first.current, temporary, first.to->name));
    }
}

Plan SqlitePlanBuilder::build()
{
    Plan plan;
    plan.dialect = QStringLiteral("sqlite");
    plan.transactional = true;
    const bool g = m_options.guards;

    QList<TableWork> work;
    for (const Table& to : m_to.tables) {
        const Table* from = m_fromTables.value(to.id);
        if (from && !unchanged(*from, to))
            work.append(analyze(*from, to));
    }
    QStringList affected; // old names of tables whose views must be recreated
    for (const Table& from : m_from.tables) {
        if (!m_toTables.contains(from.id))
            affected.append(from.name);
    }
    for (const TableWork& w : std::as_const(work)) {
        if (w.rebuild || !w.droppedColumns.isEmpty())
            affected.append(w.from->name);
    }
    const QSet<core::Id> views = viewsToRecreate(affected);

    QList<PlanStep> steps;
    // Views, dependents first.
    for (auto it = m_from.views.crbegin(); it != m_from.views.crend(); ++it) {
        if (!views.contains(it->id))
            continue;
        const bool dropped = !m_to.view(it->id);
        PlanStep s = step(changeIndex(ObjectKind::View, ChangeOp::Drop, it->id), it->id,
                          QStringLiteral("drop view %1").arg(it->name));
        if (!dropped)
            s.summary = QStringLiteral("drop view %1 (created again below)").arg(it->name);
        s.up = {dropSql(QLatin1String("VIEW"), q(it->name), g)};
        s.down = {guardCreate(m_fromSql.value(it->id), g)};
        steps.append(s);
    }
    // Indexes that change on tables kept without a rebuild.
    for (const TableWork& w : std::as_const(work)) {
        for (const Index* i : w.droppedIndexes) {
            PlanStep s = step(changeIndex(ObjectKind::Index, ChangeOp::Drop, i->id), i->id,
                              QStringLiteral("drop index %1").arg(indexName(m_fromDdl, *i)));
            s.up = {dropSql(QLatin1String("INDEX"), q(indexName(m_fromDdl, *i)), g)};
            s.down = {guardCreate(m_fromSql.value(i->id), g)};
            steps.append(s);
        }
    }
    // Dropped tables, in reverse creation order (foreign keys are off, but the down
    // recreates them parents first).
    bool dropsTables = false;
    for (auto it = m_fromDdl.statements.crbegin(); it != m_fromDdl.statements.crend(); ++it) {
        const Table* t = m_fromTables.value(it->objectId);
        if (!t || m_toTables.contains(t->id) || !it->sql.startsWith(u"CREATE TABLE"))
            continue;
        dropsTables = true;
        PlanStep s = step(changeIndex(ObjectKind::Table, ChangeOp::Drop, t->id), t->id,
                          QStringLiteral("drop table %1").arg(t->name));
        s.up = {dropSql(QLatin1String("TABLE"), q(t->name), g)};
        s.down = {guardCreate(it->sql, g)};
        for (const QString& index : indexStatements(m_fromSql, *t))
            s.down.append(guardCreate(index, g));
        s.irreversible = true;
        s.irreversibleReason =
            QStringLiteral("Dropping table %1 deletes its rows; the down recreates it empty.")
                .arg(t->name);
        steps.append(s);
    }
    // Renames: tables, then columns (under the table's new name).
    appendTableRenames(work, steps);
    for (const TableWork& w : std::as_const(work)) {
        if (w.rebuild)
            continue;
        const QString table = q(w.to->name);
        for (const Column* c : w.renamedColumns) {
            const QString old = w.from->column(c->id)->name;
            PlanStep s =
                step(changeIndex(ObjectKind::Column, ChangeOp::Rename, c->id), c->id,
                     QStringLiteral("rename column %1.%2 to %3").arg(w.to->name, old, c->name));
            s.up = {QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                        .arg(table, q(old), q(c->name))};
            s.down = {QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                          .arg(table, q(c->name), q(old))};
            steps.append(s);
        }
    }
    for (const TableWork& w : std::as_const(work)) {
        if (w.rebuild)
            continue;
        const QString table = q(w.to->name);
        for (const Column* c : w.droppedColumns) {
            PlanStep s = step(changeIndex(ObjectKind::Column, ChangeOp::Drop, c->id), c->id,
                              QStringLiteral("drop column %1.%2").arg(w.to->name, c->name));
            s.up = {QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, q(c->name))};
            s.down = {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                          .arg(table, m_fromDdl.fragments.columns.value(c->id).definition)};
            s.irreversible = true;
            s.irreversibleReason = QStringLiteral("Dropping column %1.%2 deletes its values; the "
                                                  "down adds it back empty (NULL or its default).")
                                       .arg(w.to->name, c->name);
            steps.append(s);
        }
        for (const Column* c : w.addedColumns) {
            PlanStep s = step(changeIndex(ObjectKind::Column, ChangeOp::Add, c->id), c->id,
                              QStringLiteral("add column %1.%2").arg(w.to->name, c->name));
            s.up = {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                        .arg(table, m_toDdl.fragments.columns.value(c->id).definition)};
            s.down = {QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, q(c->name))};
            steps.append(s);
        }
    }
    // New tables in creation order, each with its indexes.
    bool createsTables = false;
    for (const dialect::DdlStatement& statement : std::as_const(m_toDdl.statements)) {
        const Table* t = m_toTables.value(statement.objectId);
        if (!t || m_fromTables.contains(t->id) || !statement.sql.startsWith(u"CREATE TABLE"))
            continue;
        createsTables = true;
        PlanStep s = step(changeIndex(ObjectKind::Table, ChangeOp::Add, t->id), t->id,
                          QStringLiteral("create table %1").arg(t->name));
        s.up = {guardCreate(statement.sql, g)};
        for (const QString& index : indexStatements(m_toSql, *t))
            s.up.append(guardCreate(index, g));
        s.down = {dropSql(QLatin1String("TABLE"), q(t->name), g)};
        steps.append(s);
    }
    bool rebuilds = false;
    for (const TableWork& w : std::as_const(work)) {
        if (!w.rebuild)
            continue;
        rebuilds = true;
        steps.append(rebuildStep(w, plan));
    }
    for (const TableWork& w : std::as_const(work)) {
        for (const Index* i : w.createdIndexes) {
            PlanStep s = step(changeIndex(ObjectKind::Index, ChangeOp::Add, i->id), i->id,
                              QStringLiteral("create index %1").arg(indexName(m_toDdl, *i)));
            s.up = {guardCreate(m_toSql.value(i->id), g)};
            s.down = {dropSql(QLatin1String("INDEX"), q(indexName(m_toDdl, *i)), g)};
            steps.append(s);
        }
    }
    for (const View& v : m_to.views) {
        const bool isNew = !m_from.view(v.id);
        if (!isNew && !views.contains(v.id))
            continue;
        PlanStep s = step(changeIndex(ObjectKind::View, ChangeOp::Add, v.id), v.id,
                          QStringLiteral("create view %1").arg(v.name));
        s.up = {guardCreate(m_toSql.value(v.id), g)};
        s.down = {dropSql(QLatin1String("VIEW"), q(v.name), g)};
        steps.append(s);
    }

    // Foreign keys off around rebuilds and drops: a rebuild drops a table other tables
    // point to, and dropping a parent would otherwise delete or fail on its children.
    // PRAGMA foreign_keys is a no-op inside a transaction, hence prologue/epilogue.
    const QString off = QStringLiteral("PRAGMA foreign_keys = OFF");
    const QString on = QStringLiteral("PRAGMA foreign_keys = ON");
    if (rebuilds || dropsTables) {
        plan.upPrologue = {off};
        plan.upEpilogue = {on};
    }
    if (rebuilds || createsTables) {
        plan.downPrologue = {off};
        plan.downEpilogue = {on};
    }
    plan.steps = std::move(steps);
    return plan;
}

} // namespace

QString SqlitePlanner::dialectName() const
{
    return QStringLiteral("sqlite");
}

Plan SqlitePlanner::plan(const ChangeSet& changes, const Model& from, const Model& to,
                         const PlanOptions& options) const
{
    // The builder pairs objects by id; with the differ's name matching the old model
    // first takes the new side's ids.
    if (!needsCounterpartIds(changes))
        return SqlitePlanBuilder(changes, from, to, options).build();
    const Model renumbered = withCounterpartIds(changes, from, to);
    return SqlitePlanBuilder(changes, renumbered, to, options).build();
}

std::unique_ptr<Planner> createSqlitePlanner()
{
    return std::make_unique<SqlitePlanner>();
}

} // namespace schemata::migrate
