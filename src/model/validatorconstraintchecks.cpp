#include "model/validatorconstraintchecks.h"

#include "model/validatorrules.h"

#include <QStringList>
#include <algorithm>

namespace schemata::model::validatorchecks {

using validatorrules::TypeMatch;
using validatorsupport::displayName;
using validatorsupport::NameSpace;
using validatorsupport::Path;
using validatorsupport::quoted;
using validatorsupport::SchemaNames;
using validatorsupport::ValidatorContext;
using Severity = Diagnostic::Severity;

namespace {

// Checks a list of column ids of `table`: all exist, none repeats. Returns whether
// every id resolved.
bool checkColumnList(ValidatorContext& context, const Table& table,
                     const QList<core::Id>& columnIds, const Path& path, const core::Id& ownerId,
                     const QString& what)
{
    bool allFound = true;
    for (qsizetype i = 0; i < columnIds.size(); ++i) {
        const core::Id& columnId = columnIds[i];
        if (!context.findColumn(table, columnId)) {
            allFound = false;
            context.report(Severity::Error, "unknown-column", path,
                           QStringLiteral("The %1 lists column id \"%2\", which is not a column "
                                          "of table %3; remove it or pick an existing column.")
                               .arg(what, columnId.toString(), quoted(table.name)),
                           ownerId);
            continue;
        }
        // Lists are short (a few columns): a scan of the prefix is cheaper than a set.
        if (std::find(columnIds.cbegin(), columnIds.cbegin() + i, columnId) !=
            columnIds.cbegin() + i)
            context.report(Severity::Error, "duplicate-key-column", path,
                           QStringLiteral("The %1 lists column %2 twice; remove the repeat.")
                               .arg(what, quoted(context.findColumn(table, columnId)->name)),
                           ownerId);
    }
    return allFound;
}

// Index, primary key and unique names share one namespace per schema (PostgreSQL
// creates an index for each key) that also holds the table and view names.
void checkIndexLikeName(ValidatorContext& context, SchemaNames& names, const QString& name,
                        const Path& path, const core::Id& id)
{
    if (name.isEmpty())
        return;
    QString first;
    if (names.relations.find(name, &first) == NameSpace::Clash::Exact) {
        context.report(Severity::Error, "duplicate-constraint-name", path,
                       QStringLiteral("The name %1 is already used by a table or view in this "
                                      "schema, and PostgreSQL keeps indexes and keys in the "
                                      "same namespace; rename the constraint.")
                           .arg(quoted(name)),
                       id);
        return;
    }
    context.addName(names.indexLike, name, "duplicate-constraint-name",
                    QStringLiteral("by another index or key in this schema"), path, id);
}

// FK and CHECK names: unique per table (all engines), and a repeat in another table
// of the same schema is refused by MySQL/MariaDB (their names are per schema).
void checkTableConstraintName(ValidatorContext& context, SchemaNames& names, const QString& name,
                              const Path& path, const core::Id& id)
{
    if (name.isEmpty())
        return;
    QString first;
    const NameSpace::Clash inTable = context.constraintNames().add(name, &first);
    if (inTable == NameSpace::Clash::Exact) {
        context.report(Severity::Error, "duplicate-constraint-name", path,
                       QStringLiteral("The name %1 is already used by another constraint of "
                                      "this table; rename one of them.")
                           .arg(quoted(name)),
                       id);
        return;
    }
    if (inTable == NameSpace::Clash::CaseOnly) {
        context.reportCaseClash(name, first, QStringLiteral("by another constraint of this table"),
                                path, id);
        return;
    }
    if (names.otherConstraints.add(name, &first) != NameSpace::Clash::None)
        context.report(Severity::Warning, "constraint-name-reused", path,
                       QStringLiteral("The name %1 is also used by a constraint of another "
                                      "table in this schema; MySQL and MariaDB refuse that, so "
                                      "give it a unique name.")
                           .arg(quoted(name)),
                       id);
}

QList<core::Id> sorted(QList<core::Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Engines accept a foreign key only onto a column set that is guaranteed unique: the
// primary key, a UNIQUE constraint or a full (non-partial) unique index, in any order.
bool isUniqueTarget(const Table& target, const QList<core::Id>& sortedColumns)
{
    if (target.primaryKey && sorted(target.primaryKey->columnIds) == sortedColumns)
        return true;
    for (const KeyConstraint& unique : target.uniques) {
        if (sorted(unique.columnIds) == sortedColumns)
            return true;
    }
    for (const Index& index : target.indexes) {
        if (!index.unique || !index.where.isEmpty() || index.keys.size() != sortedColumns.size())
            continue;
        QList<core::Id> columns;
        columns.reserve(index.keys.size());
        for (const IndexKey& key : index.keys)
            columns.append(key.columnId);
        if (sorted(columns) == sortedColumns)
            return true;
    }
    return false;
}

// The pairs of a resolved foreign key, column by column: types that engines refuse or
// that may not fit, and SET NULL onto a NOT NULL column.
void checkForeignKeyColumns(ValidatorContext& context, const Table& table, const QString& tablePath,
                            const ForeignKey& fk, const Table& target)
{
    const bool setsNull =
        fk.onDelete == ReferentialAction::SetNull || fk.onUpdate == ReferentialAction::SetNull;
    for (qsizetype i = 0; i < fk.columnIds.size(); ++i) {
        const Column* column = context.findColumn(table, fk.columnIds[i]);
        const Column* referenced = context.findColumn(target, fk.referencedColumnIds[i]);
        const Path columnPath(tablePath, displayName(column->name, column->id));
        const auto pair = [&] {
            return QStringLiteral("%1 (%2) references %3.%4 (%5)")
                .arg(quoted(column->name), column->type.toString(), quoted(target.name),
                     quoted(referenced->name), referenced->type.toString());
        };
        switch (validatorrules::compareTypes(column->type, referenced->type)) {
        case TypeMatch::Same:
            break;
        case TypeMatch::Widen:
            context.report(Severity::Warning, "fk-type-widen", columnPath,
                           QStringLiteral("Column %1; the types differ in size (MySQL and "
                                          "MariaDB refuse that for numbers), so give both the "
                                          "same type.")
                               .arg(pair()),
                           column->id);
            break;
        case TypeMatch::Mismatch:
            context.report(Severity::Error, "fk-type-mismatch", columnPath,
                           QStringLiteral("Column %1; engines refuse a foreign key between "
                                          "incompatible types, so change one of the types.")
                               .arg(pair()),
                           column->id);
            break;
        }
        if (setsNull && !column->nullable)
            context.report(Severity::Warning, "fk-set-null-not-nullable", columnPath,
                           QStringLiteral("The foreign key sets this column to NULL, but it is "
                                          "NOT NULL; make it nullable or choose another "
                                          "action."),
                           column->id);
    }
}

} // namespace

void checkKey(ValidatorContext& context, const Table& table, const QString& tablePath,
              const KeyConstraint& key, bool primary)
{
    const char* what = primary ? "primary key" : "unique constraint";
    const Path path(tablePath, key.name.isEmpty()
                                   ? QString::fromLatin1(primary ? "primary-key" : "unique")
                                   : key.name);
    context.checkId(key.id, path, what);
    checkIndexLikeName(context, context.schemaNames(table.schemaId), key.name, path, key.id);
    if (key.columnIds.isEmpty()) {
        context.report(Severity::Error, "key-without-columns", path,
                       QStringLiteral("The %1 has no columns; add its columns or delete it.")
                           .arg(QLatin1String(what)),
                       key.id);
        return;
    }
    checkColumnList(context, table, key.columnIds, path, key.id, QLatin1String(what));
    if (!primary)
        return;
    for (const core::Id& columnId : key.columnIds) {
        const Column* column = context.findColumn(table, columnId);
        if (column && column->nullable)
            context.report(Severity::Warning, "pk-nullable-column",
                           Path(tablePath, displayName(column->name, column->id)),
                           QStringLiteral("The column is part of the primary key but nullable; "
                                          "it will become NOT NULL, so mark it not nullable."),
                           column->id);
    }
}

void checkCheck(ValidatorContext& context, const QString& tablePath, const CheckConstraint& check,
                SchemaNames& names)
{
    const Path path(tablePath, check.name.isEmpty() ? QStringLiteral("check") : check.name);
    context.checkId(check.id, path, "check constraint");
    checkTableConstraintName(context, names, check.name, path, check.id);
    if (check.expression.trimmed().isEmpty())
        context.report(Severity::Error, "empty-check-expression", path,
                       QStringLiteral("The check constraint has no expression; write the "
                                      "condition or delete it."),
                       check.id);
}

void checkForeignKey(ValidatorContext& context, const Table& table, const QString& tablePath,
                     const ForeignKey& fk, SchemaNames& names)
{
    const Path path(tablePath, fk.name.isEmpty() ? QStringLiteral("foreign-key") : fk.name);
    context.checkId(fk.id, path, "foreign key");
    checkTableConstraintName(context, names, fk.name, path, fk.id);
    if (fk.initiallyDeferred && !fk.deferrable)
        context.report(Severity::Error, "initially-deferred-not-deferrable", path,
                       QStringLiteral("The foreign key is initially deferred but not "
                                      "deferrable; make it deferrable too."),
                       fk.id);
    if (fk.columnIds.isEmpty()) {
        context.report(Severity::Error, "fk-without-columns", path,
                       QStringLiteral("The foreign key has no columns; add its columns or "
                                      "delete it."),
                       fk.id);
        return;
    }
    bool resolved =
        checkColumnList(context, table, fk.columnIds, path, fk.id, QStringLiteral("foreign key"));
    const Table* target = context.index().table(fk.referencedTableId);
    if (!target) {
        context.report(Severity::Error, "unknown-referenced-table", path,
                       QStringLiteral("The foreign key references table id \"%1\", which does "
                                      "not exist; point it at an existing table.")
                           .arg(fk.referencedTableId.toString()),
                       fk.id);
        return;
    }
    for (const core::Id& columnId : fk.referencedColumnIds) {
        if (!context.findColumn(*target, columnId)) {
            resolved = false;
            context.report(Severity::Error, "unknown-referenced-column", path,
                           QStringLiteral("The foreign key references column id \"%1\", which "
                                          "is not a column of table %2; pick one of its "
                                          "columns.")
                               .arg(columnId.toString(), quoted(target->name)),
                           fk.id);
        }
    }
    if (fk.columnIds.size() != fk.referencedColumnIds.size()) {
        context.report(Severity::Error, "fk-column-count-mismatch", path,
                       QStringLiteral("The foreign key has %1 column(s) but references %2; "
                                      "list one referenced column per column.")
                           .arg(fk.columnIds.size())
                           .arg(fk.referencedColumnIds.size()),
                       fk.id);
        return;
    }
    if (!resolved)
        return;
    checkForeignKeyColumns(context, table, tablePath, fk, *target);
    if (!isUniqueTarget(*target, sorted(fk.referencedColumnIds))) {
        QStringList referencedNames;
        for (const core::Id& columnId : fk.referencedColumnIds)
            referencedNames.append(context.findColumn(*target, columnId)->name);
        context.report(Severity::Error, "fk-target-not-unique", path,
                       QStringLiteral("The referenced columns (%1) of table %2 are not its "
                                      "primary key or a unique constraint, and engines refuse "
                                      "such a foreign key; reference the key or add a UNIQUE "
                                      "constraint.")
                           .arg(referencedNames.join(QStringLiteral(", ")), quoted(target->name)),
                       fk.id);
    }
}

void checkIndex(ValidatorContext& context, const Table& table, const QString& tablePath,
                const Index& index, SchemaNames& names)
{
    const Path path(tablePath, index.name.isEmpty() ? QStringLiteral("index") : index.name);
    context.checkId(index.id, path, "index");
    checkIndexLikeName(context, names, index.name, path, index.id);
    if (index.keys.isEmpty())
        context.report(Severity::Error, "index-without-keys", path,
                       QStringLiteral("The index has no keys; add a column or expression or "
                                      "delete it."),
                       index.id);
    QList<core::Id> keyColumns;
    for (qsizetype i = 0; i < index.keys.size(); ++i) {
        const IndexKey& key = index.keys[i];
        const bool hasColumn = !key.columnId.isNull();
        const bool hasExpression = !key.expression.trimmed().isEmpty();
        if (hasColumn == hasExpression) {
            context.report(Severity::Error, "invalid-index-key", path,
                           QStringLiteral("Key %1 of the index must be either a column or an "
                                          "expression, not %2; fix the key.")
                               .arg(i + 1)
                               .arg(hasColumn ? QStringLiteral("both") : QStringLiteral("neither")),
                           index.id);
            continue;
        }
        if (hasColumn)
            keyColumns.append(key.columnId);
    }
    checkColumnList(context, table, keyColumns, path, index.id, QStringLiteral("index"));
    for (const core::Id& columnId : index.includeColumnIds) {
        if (!context.findColumn(table, columnId))
            context.report(Severity::Error, "unknown-column", path,
                           QStringLiteral("The index includes column id \"%1\", which is not a "
                                          "column of table %2; remove it or pick an existing "
                                          "column.")
                               .arg(columnId.toString(), quoted(table.name)),
                           index.id);
    }
}

} // namespace schemata::model::validatorchecks
