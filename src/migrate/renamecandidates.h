#pragma once

#include "migrate/differidmapping.h"
#include "model/model.h"

#include <QList>

namespace schemata::migrate::diffdetail {

// One possible rename: an object of the old model (index `from`) and one of the new
// model (index `to`) that were not matched by name but look alike. Score 0..100.
struct ScoredPair
{
    qsizetype from = -1;
    qsizetype to = -1;
    int score = 0;
};

// Pairs below this score are not offered: fewer than half the columns in common, or
// columns of different types.
inline constexpr int kMinimumRenameScore = 50;

// Keeps each object in at most one pair: best score first, ties broken by the earlier old
// object, then the earlier new object (deterministic); the result is in old-model order.
QList<ScoredPair> pickBestPairs(QList<ScoredPair> pairs);

// Dropped vs added tables, scored by the share of equal column names + types (Dice
// coefficient over the multisets). Near-linear: only tables sharing at least one column
// signature that is not in almost every table are compared, so 2,000 added and 2,000
// dropped tables do not make 4 million comparisons.
QList<ScoredPair> scoreTableRenames(const QList<model::Table>& fromTables,
                                    const QList<qsizetype>& dropped,
                                    const QList<model::Table>& toTables,
                                    const QList<qsizetype>& added, const IdMapping& ids);

// Dropped vs added columns of one matched table: only columns of the same type are
// candidates (50); the same position adds 30, the same nullability and default 20.
QList<ScoredPair> scoreColumnRenames(const model::Table& from, const QList<qsizetype>& dropped,
                                     const model::Table& to, const QList<qsizetype>& added,
                                     const IdMapping& ids);

} // namespace schemata::migrate::diffdetail
