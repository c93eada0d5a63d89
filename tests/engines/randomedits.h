#pragma once

#include "core/idgenerator.h"
#include "model/model.h"

#include <QRandomGenerator64>
#include <QSet>
#include <QString>

namespace schemata::enginetest {

// Seeded, reproducible random model edits for the migration property test: add / drop /
// rename tables, columns, indexes, foreign keys, checks and uniques; type widening,
// nullability and default changes; enum types and appended values; views; domains
// (create, drop, rename, default, NOT NULL, checks, a wider base type, columns declared
// with one or moved onto or off one); swaps of two names (tables, columns, indexes, views,
// PostgreSQL enums and domains), a 3-cycle of table names, and a name taken over from an
// object the same edit drops (randomeditsswaps.cpp). Every edit
// keeps the model valid for the dialect and keeps the sample rows the verifier inserts
// valid (no NOT NULL over a column that may hold NULLs, no UNIQUE over a column filled
// with one default, no narrowing type change), so a failure points at the migration
// engine rather than at an edit no engine could apply.
class RandomEdits
{
public:
    RandomEdits(quint64 seed, QString dialect);

    // The model every sequence starts from: one schema ("public"), no tables.
    model::Model initialModel();

    // Applies one random edit to `model` and describes it ("add column t3.c7 integer
    // null"). Returns an empty string when the chosen kind of edit had nothing to work
    // on (the caller just asks again).
    QString apply(model::Model& model);
    // Whether the last apply() gave a table or column a name another one had in the same
    // edit (a swap, a rotation, a name taken over from a dropped one): the verifier's
    // sample-row check pairs tables and columns by name and cannot follow that.
    bool lastEditReusedDataNames() const { return m_reusedDataNames; }

private:
    QString addTable(model::Model& m);
    QString dropTable(model::Model& m);
    QString renameTable(model::Model& m);
    QString addColumn(model::Model& m);
    QString dropColumn(model::Model& m);
    QString renameColumn(model::Model& m);
    QString widenType(model::Model& m);
    QString changeNullability(model::Model& m);
    QString changeDefault(model::Model& m);
    QString addIndex(model::Model& m);
    QString dropIndex(model::Model& m);
    QString renameIndex(model::Model& m);
    QString addForeignKey(model::Model& m);
    QString dropForeignKey(model::Model& m);
    QString addCheck(model::Model& m);
    QString dropCheck(model::Model& m);
    QString addUnique(model::Model& m);
    QString dropUnique(model::Model& m);
    QString addEnumColumn(model::Model& m);
    QString appendEnumValue(model::Model& m);
    QString addView(model::Model& m);
    QString dropView(model::Model& m);
    QString addDomain(model::Model& m);
    QString dropDomain(model::Model& m);
    QString renameDomain(model::Model& m);
    QString changeDomainDefault(model::Model& m);
    QString widenDomain(model::Model& m);
    QString changeDomainNotNull(model::Model& m);
    QString addDomainCheck(model::Model& m);
    QString dropDomainCheck(model::Model& m);
    QString addDomainColumn(model::Model& m);
    QString columnToDomain(model::Model& m);
    QString columnFromDomain(model::Model& m);
    // randomeditsswaps.cpp
    QString swapTables(model::Model& m);
    QString rotateTables(model::Model& m);
    QString swapColumns(model::Model& m);
    QString swapIndexes(model::Model& m);
    QString swapViews(model::Model& m);
    QString swapEnums(model::Model& m);
    QString swapDomains(model::Model& m);
    QString replaceTable(model::Model& m);
    QString replaceColumn(model::Model& m);
    QString replaceIndex(model::Model& m);
    QString replaceView(model::Model& m);
    QString replaceEnum(model::Model& m);
    QString replaceDomain(model::Model& m);

    int pick(int size) { return int(m_random.bounded(quint64(size))); }
    QString name(const char* prefix) { return QLatin1String(prefix) + QString::number(++m_names); }
    model::Table* pickTable(model::Model& m, const std::function<bool(const model::Table&)>& ok);
    model::Column*
    pickColumn(model::Model& m, model::Table** table,
               const std::function<bool(const model::Table&, const model::Column&)>& ok);
    bool columnUsed(const model::Model& m, const model::Table& t, const model::Column& c) const;
    bool tableHasView(const model::Model& m, const model::Table& t) const;
    bool tableReferenced(const model::Model& m, const model::Table& t) const;
    bool indexable(const model::Column& c) const;
    bool domainUsed(const model::Model& m, const core::Id& domainId) const;
    model::DomainType* pickDomain(model::Model& m,
                                  const std::function<bool(const model::DomainType&)>& ok);
    model::Column newColumn(const QString& type, bool nullable);
    // `count` distinct indexes into a list of `size`, in random order; empty when too few.
    QList<int> pickDistinct(int size, int count);
    bool renamableColumn(const model::Table& t, const model::Column& c) const;

    QRandomGenerator64 m_random;
    core::IdGenerator m_ids;
    QString m_dialect;
    int m_names = 0;
    bool m_reusedDataNames = false;
    core::Id m_schema;
    // Columns that may hold NULL in existing rows (added without a default to a table
    // that had rows, or foreign-key columns the sample rows leave NULL): never NOT NULL.
    QSet<core::Id> m_mayBeNull;
    // Columns whose existing rows all got one default value: never UNIQUE.
    QSet<core::Id> m_sameValue;
};

} // namespace schemata::enginetest
