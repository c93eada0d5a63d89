#pragma once

#include "migrate/change.h"
#include "migrate/plancontext.h"
#include "model/model.h"

#include <functional>

namespace schemata::migrate {

// Free helpers of the planners: member walks, comparisons and what a change loses.

bool isMemberKind(ObjectKind kind); // column, key, check, foreign key, index

struct MemberRef
{
    ObjectKind kind;
    core::Id id;
};
// The constraints and indexes of a table in a fixed order: primary key, uniques,
// checks, foreign keys, indexes.
QList<MemberRef> constraintMembers(const model::Table& table);
bool memberExists(const model::Table& table, const core::Id& memberId);

QString viewPath(const PlanContext& ctx, Side side, const model::View& view);

// Whether columns a view may use are dropped, renamed or change type.
bool tableShapeChanges(const PlanContext& ctx, const model::Table& from, const model::Table& to);

// Empty when every value of `from` survives the change to `to`; else one sentence why
// the down cannot restore the data.
QString typeChangeLoss(const model::LogicalType& from, const model::LogicalType& to,
                       const model::ModelIndex& fromIndex, const model::ModelIndex& toIndex);

// Values `after` holds and `before` does not (in `after`'s order): the down that goes
// back to `before` fails on rows written since the up that hold them. Empty when either
// is null.
QStringList enumValuesOnlyIn(const model::EnumType* after, const model::EnumType* before);

// Constraints and indexes on kept tables that must be dropped and added again (their
// definition changed, the dialect cannot rename them, or a key they depend on is
// recreated), as from-side and to-side ids.
using CanRename = std::function<bool(ObjectKind kind, const model::Table& toTable,
                                     const QString& fromName, const QString& toName)>;
void markRecreatedInTable(const PlanContext& ctx, const model::Table& from, const model::Table& to,
                          QSet<core::Id>& recreatedFrom, QSet<core::Id>& recreatedTo,
                          const CanRename& canRename);
void markDependentForeignKeys(const PlanContext& ctx, QSet<core::Id>& recreatedFrom,
                              QSet<core::Id>& recreatedTo);
template <typename Delta>
void markRecreated(const PlanContext& ctx, const QList<Delta>& deltas,
                   QSet<core::Id>& recreatedFrom, QSet<core::Id>& recreatedTo,
                   const CanRename& canRename)
{
    for (const Delta& d : deltas)
        markRecreatedInTable(ctx, *d.from, *d.to, recreatedFrom, recreatedTo, canRename);
    markDependentForeignKeys(ctx, recreatedFrom, recreatedTo);
}

// A CHECK a column of a kept table carries from its domain (dialects without domains,
// DdlFragments::carriedChecks) that exists on `side` and not on the other: on the From side
// the ones to drop, on the To side the ones to add. A carried check stays when the column
// exists on both sides with a check of the same name and clause; any other difference
// (domain check changed, column or table renamed, column gains or loses the domain) drops
// and adds it.
struct CarriedCheckRef
{
    const model::Column* column = nullptr; // on `side`
    QString name;
    QString clause;
    core::Id domainCheckId; // on `side`
};
QList<CarriedCheckRef> carriedChecksOnlyOn(const PlanContext& ctx, Side side,
                                           const model::Table& fromTable,
                                           const model::Table& toTable);

// A value every row can take for a new NOT NULL column without a default: the
// column's default, else the type's zero value (0, '', false, the epoch, the first
// enum value), as SQL for `side`'s dialect.
QString backfillValueSql(const PlanContext& ctx, Side side, const model::Column& column);

} // namespace schemata::migrate
