#include "migrate/renameorder.h"

#include "dialect/sqltext.h"

#include <QHash>
#include <QSet>

namespace schemata::migrate {

namespace {

QString key(const QString& space, const QString& name)
{
    return space + u'\x1f' + name.toCaseFolded();
}

} // namespace

QList<RenameLeg> orderRenames(const QList<RenameItem>& items, int maxBytes)
{
    QList<RenameLeg> legs;
    QHash<QString, int> inUse; // space + name → how many items hold it now
    QSet<QString> known;       // every name either side, so a temporary takes none of them
    QList<QString> current;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RenameItem& r = items.at(i);
        current.append(r.from);
        ++inUse[key(r.space, r.from)];
        known.insert(key(r.space, r.from));
        known.insert(key(r.space, r.to));
        if (r.from != r.to || r.moves)
            pending.append(i);
    }
    auto move = [&](qsizetype i, const QString& target) {
        const RenameItem& r = items.at(i);
        legs.append({i, current.at(i), target});
        --inUse[key(r.space, current.at(i))];
        ++inUse[key(r.space, target)];
        current[i] = target;
    };
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (qsizetype p = 0; p < pending.size(); ++p) {
            const qsizetype i = pending.at(p);
            const RenameItem& r = items.at(i);
            const bool caseOnly = current.at(i).compare(r.to, Qt::CaseInsensitive) == 0;
            if (!caseOnly && inUse.value(key(r.space, r.to)) > 0)
                continue;
            move(i, r.to);
            pending.removeAt(p);
            progressed = true;
            break;
        }
        if (progressed)
            continue;
        // Every pending target is held by another pending item: a cycle. The first item
        // that may (and is not already parked) steps aside under a temporary name.
        qsizetype parked = -1;
        for (const qsizetype i : std::as_const(pending)) {
            const RenameItem& r = items.at(i);
            if (r.canUseTemporary && current.at(i) == r.from) {
                parked = i;
                break;
            }
        }
        if (parked < 0) {
            // Nothing can step aside: emit the rest as they are (the engine reports the
            // collision rather than the planner looping).
            for (const qsizetype i : std::as_const(pending))
                move(i, items.at(i).to);
            break;
        }
        const RenameItem& r = items.at(parked);
        const QString suffix = QStringLiteral("_schemata_tmp");
        QString temporary = maxBytes > 0
                                ? dialect::fitIdentifier(r.to + suffix, maxBytes, 0, suffix)
                                : r.to + suffix;
        for (int n = 2; known.contains(key(r.space, temporary)); ++n) {
            const QString numbered = suffix + QString::number(n);
            temporary = maxBytes > 0
                            ? dialect::fitIdentifier(r.to + numbered, maxBytes, 0, numbered)
                            : r.to + numbered;
        }
        known.insert(key(r.space, temporary));
        move(parked, temporary);
    }
    return legs;
}

} // namespace schemata::migrate
