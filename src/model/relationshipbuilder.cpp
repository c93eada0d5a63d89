#include "model/relationshipbuilder.h"

#include <QCoreApplication>

namespace schemata::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::model", text);
}

QStringList columnNames(const Table& table)
{
    QStringList names;
    for (const Column& c : table.columns)
        names << c.name;
    return names;
}

// The column that mirrors `key` of `parent`: same logical type (enum and overrides
// included, so the FK compares equal everywhere), but none of the key's own behaviour —
// an identity, a default or a generated expression belongs to the referenced column only.
Column mirrorColumn(const Column& key, const core::Id& id, const QString& name, bool nullable)
{
    Column c;
    c.id = id;
    c.name = name;
    c.type = key.type;
    c.nullable = nullable;
    c.collation = key.collation;
    return c;
}

// "<parent singular>_<key>", except when the key column already carries the parent's
// name ("customer_id" in "customers" stays "customer_id", not "customer_customer_id").
QString fkColumnBase(const Table& parent, const Column& key)
{
    const QString singular = singularName(parent.name);
    if (key.name.startsWith(singular + QLatin1Char('_'), Qt::CaseInsensitive))
        return key.name;
    return singular + QLatin1Char('_') + key.name;
}

// Appends FK columns to `table` mirroring `parent`'s primary key and returns the FK.
ForeignKey addForeignKey(Table& table, const Table& parent, const IdSource& ids, bool nullable,
                         const RelationshipOptions& options, RelationshipResult& result)
{
    ForeignKey fk;
    fk.id = ids(u"fk");
    fk.referencedTableId = parent.id;
    fk.onDelete = options.onDelete;
    fk.onUpdate = options.onUpdate;
    QStringList taken = columnNames(table);
    for (const core::Id& keyId : parent.primaryKey->columnIds) {
        const Column* key = parent.column(keyId);
        const QString name = uniqueName(fkColumnBase(parent, *key), taken);
        taken << name;
        const Column column = mirrorColumn(*key, ids(u"col"), name, nullable);
        table.columns.append(column);
        fk.columnIds.append(column.id);
        fk.referencedColumnIds.append(keyId);
        result.columnIds.append(column.id);
    }
    table.foreignKeys.append(fk);
    result.foreignKeyIds.append(fk.id);
    return fk;
}

Index indexOn(const QList<core::Id>& columnIds, const core::Id& id)
{
    Index index;
    index.id = id;
    for (const core::Id& c : columnIds) {
        IndexKey key;
        key.columnId = c;
        index.keys.append(key);
    }
    return index;
}

core::Status checkReferencable(const Table* table, const core::Id& id)
{
    if (!table)
        return core::Error{id.toString(), tr("no such table")};
    if (!table->primaryKey || table->primaryKey->columnIds.isEmpty())
        return core::Error{table->name, tr("table has no primary key to reference; add one first")};
    for (const core::Id& keyId : table->primaryKey->columnIds) {
        if (!table->column(keyId))
            return core::Error{table->name, tr("primary key names a missing column")};
    }
    return {};
}

} // namespace

QString singularName(const QString& tableName)
{
    const auto ends = [&](QLatin1StringView suffix) {
        return tableName.size() > suffix.size() + 1 &&
               tableName.endsWith(suffix, Qt::CaseInsensitive);
    };
    if (ends(QLatin1StringView("ies")))
        return tableName.chopped(3) +
               (tableName.back().isUpper() ? QLatin1Char('Y') : QLatin1Char('y'));
    for (const char* suffix : {"sses", "shes", "ches", "xes", "zzes"}) {
        if (ends(QLatin1StringView(suffix)))
            return tableName.chopped(2);
    }
    // "status", "analysis", "address" are singular already.
    for (const char* suffix : {"ss", "us", "is"}) {
        if (ends(QLatin1StringView(suffix)))
            return tableName;
    }
    if (ends(QLatin1StringView("s")))
        return tableName.chopped(1);
    return tableName;
}

QString uniqueName(const QString& base, const QStringList& taken)
{
    QString candidate = base;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = base + QStringLiteral("_%1").arg(n);
    return candidate;
}

core::Result<RelationshipResult> buildRelationship(Model& model, const IdSource& ids,
                                                   const core::Id& childTableId,
                                                   const core::Id& parentTableId,
                                                   RelationshipKind kind,
                                                   const RelationshipOptions& options)
{
    // Check everything before touching the model, so an error changes nothing.
    const Table* parentTable = model.table(parentTableId);
    if (auto status = checkReferencable(parentTable, parentTableId); !status)
        return status.error();
    const Table* childTable = model.table(childTableId);
    if (!childTable)
        return core::Error{childTableId.toString(), tr("no such table")};
    if (kind == RelationshipKind::ManyToMany) {
        if (auto status = checkReferencable(childTable, childTableId); !status)
            return status.error();
    }

    RelationshipResult result;
    // A copy of the parent: appending to the child may reallocate the table list when
    // the join table is added, and the child may be the parent (self-reference).
    const Table parent = *parentTable;

    if (kind != RelationshipKind::ManyToMany) {
        Table& child = *model.table(childTableId);
        result.tableId = child.id;
        const ForeignKey fk = addForeignKey(child, parent, ids, options.nullable, options, result);
        if (kind == RelationshipKind::OneToOne) {
            result.uniqueId = ids(u"uq");
            child.uniques.append(KeyConstraint{result.uniqueId, {}, fk.columnIds});
        } else if (options.createIndex) {
            const Index index = indexOn(fk.columnIds, ids(u"idx"));
            child.indexes.append(index);
            result.indexIds.append(index.id);
        }
        return result;
    }

    const Table first = *childTable;
    Table join;
    join.id = ids(u"tbl");
    join.schemaId = first.schemaId;
    QStringList tableNames;
    for (const Table& t : model.tables) {
        if (t.schemaId == first.schemaId)
            tableNames << t.name;
    }
    for (const View& v : model.views) {
        if (v.schemaId == first.schemaId)
            tableNames << v.name;
    }
    join.name = uniqueName(first.name + QLatin1Char('_') + parent.name, tableNames);
    result.tableId = join.id;
    result.tableCreated = true;

    RelationshipOptions linkOptions = options;
    linkOptions.onDelete = ReferentialAction::Cascade;
    const ForeignKey toFirst = addForeignKey(join, first, ids, false, linkOptions, result);
    const ForeignKey toSecond = addForeignKey(join, parent, ids, false, linkOptions, result);
    result.primaryKeyId = ids(u"pk");
    join.primaryKey =
        KeyConstraint{result.primaryKeyId, {}, toFirst.columnIds + toSecond.columnIds};
    if (options.createIndex) {
        const Index index = indexOn(toSecond.columnIds, ids(u"idx"));
        join.indexes.append(index);
        result.indexIds.append(index.id);
    }
    model.tables.append(join);
    return result;
}

} // namespace schemata::model
