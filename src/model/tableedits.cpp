#include "model/tableedits.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <utility>

namespace schemata::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::model", text);
}

core::Error unknown(const core::Id& id, const char* what)
{
    return core::Error{id.toString(), tr(what)};
}

// "schema.table" or "schema.table.member", for error locations.
QString pathOf(const Model& model, const Table& table, const QString& member = {})
{
    const Schema* schema = model.schema(table.schemaId);
    QString path = schema ? schema->name + QLatin1Char('.') + table.name : table.name;
    if (!member.isEmpty())
        path += QLatin1Char('.') + member;
    return path;
}

Table* owningTable(Model& model, const core::Id& memberId)
{
    // Look up by id, then take the table through non-const access: the lists are
    // implicitly shared, and writing through a pointer found by const access would
    // change every copy of the model (the undo snapshot included).
    const Table* found = tableOfMember(std::as_const(model), memberId);
    return found ? model.table(found->id) : nullptr;
}

// Every constraint and index name in the table's schema, lower-cased: PostgreSQL
// scopes index names per schema and MySQL/SQLite compare names case-insensitively.
QSet<QString> namesInSchema(const Model& model, const core::Id& schemaId,
                            const core::Id& exceptId = {})
{
    QSet<QString> names;
    const auto add = [&](const core::Id& id, const QString& name) {
        if (id != exceptId && !name.isEmpty())
            names.insert(name.toLower());
    };
    for (const Table& table : model.tables) {
        if (table.schemaId != schemaId)
            continue;
        names.insert(table.name.toLower());
        if (table.primaryKey)
            add(table.primaryKey->id, table.primaryKey->name);
        for (const auto& key : table.uniques)
            add(key.id, key.name);
        for (const auto& check : table.checks)
            add(check.id, check.name);
        for (const auto& fk : table.foreignKeys)
            add(fk.id, fk.name);
        for (const auto& index : table.indexes)
            add(index.id, index.name);
    }
    return names;
}

// A member's own name (given or defaulted) must not clash with another in its schema.
core::Status checkName(const Model& model, const Table& table, const core::Id& memberId,
                       const QString& name)
{
    if (name.trimmed().isEmpty())
        return core::Error{pathOf(model, table), tr("a name is required")};
    if (namesInSchema(model, table.schemaId, memberId).contains(name.toLower()))
        return core::Error{pathOf(model, table, name),
                           tr("the name is already used in this schema")};
    return {};
}

core::Status checkColumns(const Model& model, const Table& table, const QList<core::Id>& ids,
                          const QString& member)
{
    if (ids.isEmpty())
        return core::Error{pathOf(model, table, member), tr("at least one column is required")};
    QSet<core::Id> seen;
    for (const core::Id& id : ids) {
        if (!table.column(id))
            return core::Error{pathOf(model, table, member),
                               tr("%1 is not a column of this table").arg(id.toString())};
        if (seen.contains(id))
            return core::Error{pathOf(model, table, member),
                               tr("column %1 is listed twice").arg(table.column(id)->name)};
        seen.insert(id);
    }
    return {};
}

core::Status checkIndex(const Model& model, const Table& table, const Index& index)
{
    if (auto status = checkName(model, table, index.id, index.name); !status)
        return status;
    if (index.keys.isEmpty())
        return core::Error{pathOf(model, table, index.name), tr("an index needs at least one key")};
    QList<core::Id> columnIds;
    for (const IndexKey& key : index.keys) {
        if (key.columnId.isNull()) {
            if (key.expression.trimmed().isEmpty())
                return core::Error{pathOf(model, table, index.name),
                                   tr("an index key needs a column or an expression")};
        } else {
            columnIds.append(key.columnId);
        }
    }
    if (!columnIds.isEmpty()) {
        if (auto status = checkColumns(model, table, columnIds, index.name); !status)
            return status;
    }
    for (const core::Id& id : index.includeColumnIds) {
        if (!table.column(id))
            return core::Error{pathOf(model, table, index.name),
                               tr("included %1 is not a column of this table").arg(id.toString())};
    }
    return {};
}

core::Status checkUnique(const Model& model, const Table& table, const KeyConstraint& key)
{
    if (!key.name.isEmpty()) {
        if (auto status = checkName(model, table, key.id, key.name); !status)
            return status;
    }
    return checkColumns(model, table, key.columnIds, key.name);
}

core::Status checkCheck(const Model& model, const Table& table, const CheckConstraint& check)
{
    if (auto status = checkName(model, table, check.id, check.name); !status)
        return status;
    if (check.expression.trimmed().isEmpty())
        return core::Error{pathOf(model, table, check.name), tr("a check needs an expression")};
    return {};
}

core::Status checkForeignKey(const Model& model, const Table& table, const ForeignKey& fk)
{
    if (auto status = checkName(model, table, fk.id, fk.name); !status)
        return status;
    if (auto status = checkColumns(model, table, fk.columnIds, fk.name); !status)
        return status;
    const Table* target = model.table(fk.referencedTableId);
    if (!target)
        return core::Error{
            pathOf(model, table, fk.name),
            tr("the referenced table %1 does not exist").arg(fk.referencedTableId.toString())};
    if (fk.referencedColumnIds.size() != fk.columnIds.size())
        return core::Error{pathOf(model, table, fk.name),
                           tr("%1 column(s) reference %2 column(s); the counts must match")
                               .arg(fk.columnIds.size())
                               .arg(fk.referencedColumnIds.size())};
    for (const core::Id& id : fk.referencedColumnIds) {
        if (!target->column(id))
            return core::Error{pathOf(model, table, fk.name),
                               tr("%1 is not a column of %2").arg(id.toString(), target->name)};
    }
    return {};
}

// Replaces the element with `value.id` in whichever table holds it.
template <typename T>
core::Status replaceMember(Model& model, const T& value, QList<T> Table::*list,
                           core::Status (*check)(const Model&, const Table&, const T&),
                           const char* missing)
{
    Table* table = owningTable(model, value.id);
    if (!table)
        return unknown(value.id, missing);
    for (const T& existing : table->*list) {
        if (existing.id == value.id) {
            if (auto status = check(model, *table, value); !status)
                return status;
            break;
        }
    }
    for (T& existing : table->*list) {
        if (existing.id == value.id) {
            existing = value;
            return {};
        }
    }
    return unknown(value.id, missing);
}

core::Status checkNewId(const Model& model, const core::Id& id)
{
    if (id.isNull())
        return core::Error{{}, tr("a new object needs an id")};
    if (model.table(id) || tableOfMember(model, id))
        return core::Error{id.toString(), tr("the id is already in use")};
    return {};
}

// What a column referencing `table` is usually called before "_<key column>":
// customers → customer, categories → category, addresses → address, the name itself.
QStringList referencePrefixes(const QString& name)
{
    QStringList prefixes{name};
    if (name.endsWith(QLatin1String("ies")))
        prefixes << name.chopped(3) + QLatin1Char('y');
    if (name.endsWith(QLatin1String("es")))
        prefixes << name.chopped(2);
    if (name.endsWith(QLatin1Char('s')) && !name.endsWith(QLatin1String("ss")))
        prefixes << name.chopped(1);
    return prefixes;
}

} // namespace

const Table* tableOfMember(const Model& model, const core::Id& memberId)
{
    if (memberId.isNull())
        return nullptr;
    const auto has = [&](const auto& list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const auto& item) { return item.id == memberId; });
    };
    for (const Table& table : model.tables) {
        if ((table.primaryKey && table.primaryKey->id == memberId) || has(table.columns) ||
            has(table.uniques) || has(table.checks) || has(table.foreignKeys) || has(table.indexes))
            return &table;
    }
    return nullptr;
}

QString columnNames(const Table& table, const QList<core::Id>& columnIds)
{
    QStringList names;
    for (const core::Id& id : columnIds) {
        if (const Column* column = table.column(id))
            names << column->name;
    }
    return names.join(QLatin1String(", "));
}

core::Result<QList<core::Id>> columnIdsFromNames(const Table& table, const QString& names)
{
    QList<core::Id> ids;
    for (const QString& part : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const Column* column = table.columnByName(name);
        if (!column)
            return core::Error{table.name, tr("no column named \"%1\"").arg(name)};
        ids.append(column->id);
    }
    if (ids.isEmpty())
        return core::Error{table.name, tr("name at least one column")};
    return ids;
}

QString defaultMemberName(const Model& model, const Table& table, const QList<core::Id>& columnIds,
                          const QString& suffix)
{
    QStringList parts{table.name};
    for (const core::Id& id : columnIds) {
        if (const Column* column = table.column(id))
            parts << column->name;
    }
    parts << suffix;
    const QString base = parts.join(QLatin1Char('_'));
    const QSet<QString> taken = namesInSchema(model, table.schemaId);
    QString candidate = base;
    for (int n = 1; taken.contains(candidate.toLower()); ++n)
        candidate = base + QString::number(n);
    return candidate;
}

namespace {

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && text.trimmed() == text && !text.isEmpty();
}

} // namespace

QString columnDefaultText(const ColumnDefault& value)
{
    switch (value.kind) {
    case ColumnDefault::Kind::None:
        return {};
    case ColumnDefault::Kind::CurrentTimestamp:
        return QStringLiteral("CURRENT_TIMESTAMP");
    case ColumnDefault::Kind::Expression:
        return value.value;
    case ColumnDefault::Kind::Literal:
        break;
    }
    if (isNumber(value.value))
        return value.value;
    QString quoted = value.value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

ColumnDefault columnDefaultFromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.compare(QLatin1String("CURRENT_TIMESTAMP"), Qt::CaseInsensitive) == 0 ||
        trimmed.compare(QLatin1String("now()"), Qt::CaseInsensitive) == 0)
        return ColumnDefault{ColumnDefault::Kind::CurrentTimestamp, {}};
    if (isNumber(trimmed))
        return ColumnDefault{ColumnDefault::Kind::Literal, trimmed};
    if (trimmed.size() >= 2 && trimmed.startsWith(QLatin1Char('\'')) &&
        trimmed.endsWith(QLatin1Char('\''))) {
        QString inner = trimmed.mid(1, trimmed.size() - 2);
        // Only a properly quoted literal ('' inside) is one; 'a' || 'b' is an expression.
        QString rest = inner;
        rest.replace(QLatin1String("''"), QString());
        if (!rest.contains(QLatin1Char('\'')))
            return ColumnDefault{ColumnDefault::Kind::Literal,
                                 inner.replace(QLatin1String("''"), QLatin1String("'"))};
    }
    return ColumnDefault{ColumnDefault::Kind::Expression, trimmed};
}

core::Status addColumn(Model& model, const core::Id& tableId, const core::Id& columnId,
                       const QString& name, const LogicalType& type, int position)
{
    Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    if (auto status = checkNewId(model, columnId); !status)
        return status;
    Column column;
    column.id = columnId;
    column.type = type;
    column.name = name.trimmed();
    for (int n = table->columns.size() + 1; column.name.isEmpty(); ++n) {
        const QString candidate = QStringLiteral("column_%1").arg(n);
        if (!table->columnByName(candidate))
            column.name = candidate;
    }
    if (table->columnByName(column.name))
        return core::Error{pathOf(model, *table, column.name), tr("the table has such a column")};
    if (position < 0 || position > table->columns.size())
        position = table->columns.size();
    table->columns.insert(position, column);
    return {};
}

core::Status removeColumn(Model& model, const core::Id& columnId, QList<Dependent>* removed)
{
    const Table* table = tableOfMember(model, columnId);
    if (!table || !table->column(columnId))
        return unknown(columnId, "no such column");
    removeWithDependents(model, columnId, removed);
    return {};
}

core::Status moveColumn(Model& model, const core::Id& columnId, int position)
{
    Table* table = owningTable(model, columnId);
    if (!table || !table->column(columnId))
        return unknown(columnId, "no such column");
    const auto from = std::find_if(table->columns.cbegin(), table->columns.cend(),
                                   [&](const Column& c) { return c.id == columnId; }) -
                      table->columns.cbegin();
    position = std::clamp(position, 0, int(table->columns.size()) - 1);
    table->columns.move(from, position);
    return {};
}

bool isColumnUnique(const Table& table, const core::Id& columnId)
{
    return std::any_of(table.uniques.cbegin(), table.uniques.cend(), [&](const KeyConstraint& k) {
        return k.columnIds == QList<core::Id>{columnId};
    });
}

core::Status setColumnUnique(Model& model, const core::Id& columnId, bool unique,
                             const core::Id& constraintId)
{
    Table* table = owningTable(model, columnId);
    if (!table || !table->column(columnId))
        return unknown(columnId, "no such column");
    if (!unique) {
        table->uniques.removeIf(
            [&](const KeyConstraint& k) { return k.columnIds == QList<core::Id>{columnId}; });
        return {};
    }
    if (isColumnUnique(*table, columnId))
        return {};
    if (auto status = checkNewId(model, constraintId); !status)
        return status;
    const QString name = defaultMemberName(model, *table, {columnId}, QStringLiteral("key"));
    table->uniques.append(KeyConstraint{constraintId, name, {columnId}});
    return {};
}

core::Status addUnique(Model& model, const core::Id& tableId, const core::Id& constraintId,
                       const QList<core::Id>& columnIds, const QString& name)
{
    Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    if (auto status = checkNewId(model, constraintId); !status)
        return status;
    KeyConstraint key{
        constraintId,
        name.isEmpty() ? defaultMemberName(model, *table, columnIds, QStringLiteral("key")) : name,
        columnIds};
    if (auto status = checkUnique(model, *table, key); !status)
        return status;
    table->uniques.append(key);
    return {};
}

core::Status updateUnique(Model& model, const KeyConstraint& constraint)
{
    return replaceMember<KeyConstraint>(model, constraint, &Table::uniques, &checkUnique,
                                        "no such unique constraint");
}

core::Status addIndex(Model& model, const core::Id& tableId, const core::Id& indexId,
                      const QList<core::Id>& columnIds, bool unique, const QString& name)
{
    Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    if (auto status = checkNewId(model, indexId); !status)
        return status;
    Index index;
    index.id = indexId;
    index.unique = unique;
    for (const core::Id& id : columnIds)
        index.keys.append(IndexKey{id, {}, IndexKey::Sort::Asc, IndexKey::Nulls::Default});
    index.name =
        name.isEmpty() ? defaultMemberName(model, *table, columnIds, QStringLiteral("idx")) : name;
    if (auto status = checkIndex(model, *table, index); !status)
        return status;
    table->indexes.append(index);
    return {};
}

core::Status updateIndex(Model& model, const Index& index)
{
    return replaceMember<Index>(model, index, &Table::indexes, &checkIndex, "no such index");
}

core::Status addCheck(Model& model, const core::Id& tableId, const core::Id& checkId,
                      const QString& expression, const QString& name)
{
    Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    if (auto status = checkNewId(model, checkId); !status)
        return status;
    CheckConstraint check{
        checkId,
        name.isEmpty() ? defaultMemberName(model, *table, {}, QStringLiteral("check")) : name,
        expression};
    if (auto status = checkCheck(model, *table, check); !status)
        return status;
    table->checks.append(check);
    return {};
}

core::Status updateCheck(Model& model, const CheckConstraint& check)
{
    return replaceMember<CheckConstraint>(model, check, &Table::checks, &checkCheck,
                                          "no such check constraint");
}

core::Status addForeignKey(Model& model, const core::Id& tableId, const core::Id& foreignKeyId,
                           const QList<core::Id>& columnIds, const core::Id& referencedTableId,
                           const QList<core::Id>& referencedColumnIds, const QString& name)
{
    Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    if (auto status = checkNewId(model, foreignKeyId); !status)
        return status;
    ForeignKey fk;
    fk.id = foreignKeyId;
    fk.columnIds = columnIds;
    fk.referencedTableId = referencedTableId;
    fk.referencedColumnIds = referencedColumnIds;
    fk.name =
        name.isEmpty() ? defaultMemberName(model, *table, columnIds, QStringLiteral("fkey")) : name;
    if (auto status = checkForeignKey(model, *table, fk); !status)
        return status;
    table->foreignKeys.append(fk);
    return {};
}

core::Status updateForeignKey(Model& model, const ForeignKey& foreignKey)
{
    return replaceMember<ForeignKey>(model, foreignKey, &Table::foreignKeys, &checkForeignKey,
                                     "no such foreign key");
}

core::Result<ForeignKey> proposeForeignKey(const Model& model, const core::Id& tableId)
{
    const Table* table = model.table(tableId);
    if (!table)
        return unknown(tableId, "no such table");
    QList<const Table*> candidates;
    for (const Table& other : model.tables) {
        if (other.id != tableId)
            candidates.append(&other);
    }
    candidates.append(table); // a self-reference comes last
    // orders.id is orders' own key, not a reference to customers.id: a single-column
    // primary key never matches by plain name (a join table's composite key may).
    const auto ownSingleKey = [&](const core::Id& columnId) {
        return table->primaryKey && table->primaryKey->columnIds.size() == 1 &&
               table->isPrimaryKeyColumn(columnId);
    };
    // Pass 0 matches by name, pass 1 by type (columns outside this table's primary key).
    for (int pass = 0; pass < 2; ++pass) {
        for (const Table* target : std::as_const(candidates)) {
            if (!target->primaryKey || target->primaryKey->columnIds.isEmpty())
                continue;
            QList<core::Id> local;
            const QStringList prefixes = referencePrefixes(target->name);
            for (const core::Id& refId : target->primaryKey->columnIds) {
                const Column* ref = target->column(refId);
                const Column* match = nullptr;
                if (!ref)
                    break;
                for (const Column& c : table->columns) {
                    if (local.contains(c.id) || (target == table && c.id == refId))
                        continue;
                    const bool byName =
                        (target != table && !ownSingleKey(c.id) &&
                         c.name.compare(ref->name, Qt::CaseInsensitive) == 0) ||
                        std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString& p) {
                            return c.name.compare(p + QLatin1Char('_') + ref->name,
                                                  Qt::CaseInsensitive) == 0;
                        });
                    const bool byType = pass == 1 && c.type.kind == ref->type.kind &&
                                        !table->isPrimaryKeyColumn(c.id);
                    if ((pass == 0 && byName) || byType) {
                        match = &c;
                        break;
                    }
                }
                if (!match)
                    break;
                local.append(match->id);
            }
            if (local.size() != target->primaryKey->columnIds.size())
                continue;
            // A reference the table already makes is not a proposal.
            const bool exists = std::any_of(
                table->foreignKeys.cbegin(), table->foreignKeys.cend(), [&](const ForeignKey& fk) {
                    return fk.columnIds == local && fk.referencedTableId == target->id;
                });
            if (exists)
                continue;
            ForeignKey fk;
            fk.columnIds = local;
            fk.referencedTableId = target->id;
            fk.referencedColumnIds = target->primaryKey->columnIds;
            fk.name = defaultMemberName(model, *table, local, QStringLiteral("fkey"));
            return fk;
        }
    }
    return core::Error{pathOf(model, *table),
                       tr("no column of this table matches another table's primary key; "
                          "add the referencing column first")};
}

core::Status removeTableMember(Model& model, const core::Id& memberId)
{
    Table* table = owningTable(model, memberId);
    if (!table)
        return unknown(memberId, "no such index, check, foreign key or unique constraint");
    const auto same = [&](const auto& item) { return item.id == memberId; };
    if (table->indexes.removeIf(same) + table->checks.removeIf(same) +
            table->foreignKeys.removeIf(same) + table->uniques.removeIf(same) >
        0)
        return {};
    return core::Error{
        pathOf(model, *table),
        tr("%1 is a column or primary key; remove it another way").arg(memberId.toString())};
}

} // namespace schemata::model
