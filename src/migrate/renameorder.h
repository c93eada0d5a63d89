#pragma once

#include <QList>
#include <QString>

namespace schemata::migrate {

// One object to rename within a namespace (a schema's tables, a table's columns …).
struct RenameItem
{
    QString space; // objects whose names can collide share a space
    QString from;
    QString to;
    bool canUseTemporary = true; // false: only ever renamed straight to `to`
    bool moves = false;          // renamed even with from == to (a table changing schema)
};

// One rename statement to emit: item `item` goes from `from` to `to` (either may be the
// temporary name).
struct RenameLeg
{
    qsizetype item = 0;
    QString from;
    QString to;
};

// Orders renames so that each target name is free when its turn comes: items keep their
// order while nothing collides; a cycle (a ↔ b, a → b → c → a) sends its first item to a
// temporary name (`<to>_schemata_tmp`, shortened to `maxBytes` UTF-8 bytes when > 0),
// and from there to its target once that is free. Names compare case-insensitively (a
// conservative choice: MySQL and SQLite fold case); a case-only rename never waits on
// itself. Every leg's reverse (to → from) is valid in reverse leg order, which is how the
// down undoes them. Deterministic.
QList<RenameLeg> orderRenames(const QList<RenameItem>& items, int maxBytes = 0);

} // namespace schemata::migrate
