#include "migrate/renamecandidates.h"

#include "migrate/differcompare.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace schemata::migrate::diffdetail {

namespace {

// A column signature shared by more tables than this (an "id bigint" in every table)
// says nothing about which table became which, so it does not select comparisons. It
// still counts in the score of the pairs that other signatures selected.
constexpr qsizetype kCommonSignatureLimit = 64;

QStringList columnSignatures(const model::Table& table, const IdMapping* ids)
{
    QStringList signatures;
    signatures.reserve(table.columns.size());
    for (const model::Column& column : table.columns)
        signatures.append(column.name + QChar(u'\x1f') + typeKey(column.type, ids));
    return signatures;
}

int diceScore(const QHash<QString, int>& fromCounts, qsizetype fromSize, const QStringList& to)
{
    const qsizetype total = fromSize + to.size();
    if (total == 0)
        return 0;
    QHash<QString, int> remaining = fromCounts;
    qsizetype common = 0;
    for (const QString& signature : to) {
        auto it = remaining.find(signature);
        if (it != remaining.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return int((200 * common + total / 2) / total);
}

} // namespace

QList<ScoredPair> pickBestPairs(QList<ScoredPair> pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair& a, const ScoredPair& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.from != b.from)
            return a.from < b.from;
        return a.to < b.to;
    });
    QSet<qsizetype> usedFrom;
    QSet<qsizetype> usedTo;
    QList<ScoredPair> picked;
    for (const ScoredPair& pair : std::as_const(pairs)) {
        if (usedFrom.contains(pair.from) || usedTo.contains(pair.to))
            continue;
        usedFrom.insert(pair.from);
        usedTo.insert(pair.to);
        picked.append(pair);
    }
    std::sort(picked.begin(), picked.end(),
              [](const ScoredPair& a, const ScoredPair& b) { return a.from < b.from; });
    return picked;
}

QList<ScoredPair> scoreTableRenames(const QList<model::Table>& fromTables,
                                    const QList<qsizetype>& dropped,
                                    const QList<model::Table>& toTables,
                                    const QList<qsizetype>& added, const IdMapping& ids)
{
    if (dropped.isEmpty() || added.isEmpty())
        return {};
    // Inverted index: column signature → added tables (positions in `added`) having it.
    QList<QStringList> addedSignatures;
    addedSignatures.reserve(added.size());
    QHash<QString, QList<qsizetype>> tablesBySignature;
    for (qsizetype a = 0; a < added.size(); ++a) {
        addedSignatures.append(columnSignatures(toTables[added[a]], nullptr));
        for (const QString& signature : std::as_const(addedSignatures.last())) {
            QList<qsizetype>& list = tablesBySignature[signature];
            if (list.isEmpty() || list.last() != a)
                list.append(a);
        }
    }

    QList<ScoredPair> pairs;
    for (const qsizetype f : dropped) {
        const QStringList signatures = columnSignatures(fromTables[f], &ids);
        QHash<QString, int> counts;
        for (const QString& signature : signatures)
            ++counts[signature];
        QList<qsizetype> compared; // positions in `added`, in first-seen order
        QSet<qsizetype> seen;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const auto hit = tablesBySignature.constFind(it.key());
            if (hit == tablesBySignature.cend() || hit->size() > kCommonSignatureLimit)
                continue;
            for (const qsizetype a : *hit) {
                if (!seen.contains(a)) {
                    seen.insert(a);
                    compared.append(a);
                }
            }
        }
        for (const qsizetype a : std::as_const(compared)) {
            const int score = diceScore(counts, signatures.size(), addedSignatures[a]);
            if (score >= kMinimumRenameScore)
                pairs.append({f, added[a], score});
        }
    }
    return pickBestPairs(pairs);
}

QList<ScoredPair> scoreColumnRenames(const model::Table& from, const QList<qsizetype>& dropped,
                                     const model::Table& to, const QList<qsizetype>& added,
                                     const IdMapping& ids)
{
    if (dropped.isEmpty() || added.isEmpty())
        return {};
    QHash<QString, QList<qsizetype>> addedByType;
    for (const qsizetype t : added)
        addedByType[typeKey(to.columns[t].type, nullptr)].append(t);
    QList<ScoredPair> pairs;
    for (const qsizetype f : dropped) {
        const model::Column& old = from.columns[f];
        const auto hit = addedByType.constFind(typeKey(old.type, &ids));
        if (hit == addedByType.cend())
            continue;
        for (const qsizetype t : *hit) {
            const model::Column& now = to.columns[t];
            int score = 50;
            if (f == t)
                score += 30;
            if (old.nullable == now.nullable && old.defaultValue == now.defaultValue)
                score += 20;
            pairs.append({f, t, score});
        }
    }
    return pickBestPairs(pairs);
}

} // namespace schemata::migrate::diffdetail
