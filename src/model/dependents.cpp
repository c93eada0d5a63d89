#include "model/dependents.h"

#include "model/validator.h"

#include <QCoreApplication>

namespace schemata::model {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("schemata::model", text); }

const Table* owner(const Model& model, const core::Id& columnId)
{
    for (const Table& t : model.tables) {
        if (t.column(columnId))
            return &t;
    }
    return nullptr;
}

// Collects the dependents of column `columnId` of `table` (which must own it).
void columnDependents(const Model& model, const Table& table, const core::Id& columnId, QList<Dependent>& out)
{
    const Column* column = table.column(columnId);
    const QString columnPath = objectPath(model, table, column ? column->name : QString());
    if (table.primaryKey && table.primaryKey->columnIds.contains(columnId)) {
        const bool whole = table.primaryKey->columnIds.size() == 1;
        out.append({whole ? Dependent::Kind::PrimaryKey : Dependent::Kind::IndexKey, table.primaryKey->id,
                    objectPath(model, table, table.primaryKey->name.isEmpty() ? QStringLiteral("primary key") : table.primaryKey->name),
                    whole ? tr("primary key on %1").arg(columnPath) : tr("loses key column %1").arg(columnPath)});
    }
    for (const KeyConstraint& u : table.uniques) {
        if (u.columnIds.contains(columnId))
            out.append({Dependent::Kind::Unique, u.id, objectPath(model, table, u.name), tr("unique over %1").arg(columnPath)});
    }
    for (const Index& index : table.indexes) {
        const bool inKeys = std::any_of(index.keys.cbegin(), index.keys.cend(), [&](const IndexKey& k) { return k.columnId == columnId; });
        const qsizetype remainingKeys = std::count_if(index.keys.cbegin(), index.keys.cend(), [&](const IndexKey& k) { return k.columnId != columnId; });
        if (inKeys && remainingKeys == 0)
            out.append({Dependent::Kind::Index, index.id, objectPath(model, table, index.name), tr("index on %1").arg(columnPath)});
        else if (inKeys)
            out.append({Dependent::Kind::IndexKey, index.id, objectPath(model, table, index.name), tr("loses key column %1").arg(columnPath)});
        else if (index.includeColumnIds.contains(columnId))
            out.append({Dependent::Kind::IncludeColumn, index.id, objectPath(model, table, index.name), tr("loses covering column %1").arg(columnPath)});
    }
    for (const Table& other : model.tables) {
        for (const ForeignKey& fk : other.foreignKeys) {
            const bool local = other.id == table.id && fk.columnIds.contains(columnId);
            const bool referenced = fk.referencedTableId == table.id && fk.referencedColumnIds.contains(columnId);
            if (local || referenced)
                out.append({Dependent::Kind::ForeignKey, fk.id, objectPath(model, other, fk.name),
                            local ? tr("foreign key over %1").arg(columnPath) : tr("references %1").arg(columnPath)});
        }
    }
}

} // namespace

QList<Dependent> dependentsOf(const Model& model, const core::Id& objectId)
{
    QList<Dependent> out;
    if (const Table* table = model.table(objectId)) {
        for (const Table& other : model.tables) {
            if (other.id == table->id)
                continue;
            for (const ForeignKey& fk : other.foreignKeys) {
                if (fk.referencedTableId == table->id)
                    out.append({Dependent::Kind::ForeignKey, fk.id, objectPath(model, other, fk.name),
                                tr("references %1").arg(objectPath(model, *table))});
            }
        }
        return out;
    }
    if (const Table* table = owner(model, objectId))
        columnDependents(model, *table, objectId, out);
    return out;
}

bool removeWithDependents(Model& model, const core::Id& objectId, QList<Dependent>* removed)
{
    const bool isTable = model.table(objectId) != nullptr;
    const Table* columnOwner = isTable ? nullptr : owner(model, objectId);
    if (!isTable && !columnOwner)
        return false;
    const QList<Dependent> dependents = dependentsOf(model, objectId);
    const core::Id ownerId = columnOwner ? columnOwner->id : core::Id();

    for (Table& t : model.tables) {
        t.foreignKeys.removeIf([&](const ForeignKey& fk) {
            return std::any_of(dependents.cbegin(), dependents.cend(), [&](const Dependent& d) {
                return d.kind == Dependent::Kind::ForeignKey && d.id == fk.id;
            });
        });
    }
    if (isTable) {
        model.tables.removeIf([&](const Table& t) { return t.id == objectId; });
    } else {
        Table* t = model.table(ownerId);
        t->columns.removeIf([&](const Column& c) { return c.id == objectId; });
        if (t->primaryKey) {
            t->primaryKey->columnIds.removeAll(objectId);
            if (t->primaryKey->columnIds.isEmpty())
                t->primaryKey.reset();
        }
        t->uniques.removeIf([&](const KeyConstraint& u) { return u.columnIds.contains(objectId); });
        for (Index& index : t->indexes) {
            index.keys.removeIf([&](const IndexKey& k) { return k.columnId == objectId; });
            index.includeColumnIds.removeAll(objectId);
        }
        t->indexes.removeIf([](const Index& index) { return index.keys.isEmpty(); });
    }
    if (removed)
        *removed = dependents;
    return true;
}

} // namespace schemata::model
