#include "migrate/sqlitecounterparts.h"

#include <QHash>
#include <QSet>

namespace schemata::migrate {

using model::Column;
using model::Index;
using model::Model;
using model::Table;
using model::View;

namespace {

Model renumbered(Model m, const QHash<core::Id, core::Id>& map)
{
    auto id = [&](core::Id& x) { x = map.value(x, x); };
    auto ids = [&](QList<core::Id>& list) {
        for (core::Id& x : list)
            id(x);
    };
    for (model::Schema& schema : m.schemas)
        id(schema.id);
    for (model::EnumType& e : m.enums) {
        id(e.id);
        id(e.schemaId);
    }
    for (Table& t : m.tables) {
        id(t.id);
        id(t.schemaId);
        for (Column& c : t.columns) {
            id(c.id);
            id(c.type.enumId);
        }
        if (t.primaryKey) {
            id(t.primaryKey->id);
            ids(t.primaryKey->columnIds);
        }
        for (model::KeyConstraint& k : t.uniques) {
            id(k.id);
            ids(k.columnIds);
        }
        for (model::CheckConstraint& c : t.checks)
            id(c.id);
        for (model::ForeignKey& fk : t.foreignKeys) {
            id(fk.id);
            ids(fk.columnIds);
            id(fk.referencedTableId);
            ids(fk.referencedColumnIds);
        }
        for (Index& i : t.indexes) {
            id(i.id);
            ids(i.includeColumnIds);
            for (model::IndexKey& key : i.keys)
                id(key.columnId);
        }
    }
    for (View& v : m.views) {
        id(v.id);
        id(v.schemaId);
    }
    return m;
}

// A table or column the differ left unpaired (dropped, or only a rename candidate) may
// still carry the id of a new-side object: a project imported from a database keeps the
// catalog ids, so its renamed table has the id the live table has under the old name.
// Paired by id, the planner would rename what the differ reports (and the user was told)
// as a drop and an add; such an object gets an id no new-side object has.
void separateUnpaired(const Model& from, const Model& to, QHash<core::Id, core::Id>& map)
{
    QSet<core::Id> taken;
    for (const Model* m : {&from, &to}) {
        for (const Table& t : m->tables) {
            taken.insert(t.id);
            for (const Column& c : t.columns)
                taken.insert(c.id);
        }
    }
    QSet<core::Id> toIds;
    for (const Table& t : to.tables) {
        toIds.insert(t.id);
        for (const Column& c : t.columns)
            toIds.insert(c.id);
    }
    auto separate = [&](const core::Id& id) {
        if (map.contains(id) || !toIds.contains(id))
            return;
        QString fresh = id.toString() + QStringLiteral("~old");
        while (taken.contains(core::Id(fresh)))
            fresh += u'~';
        taken.insert(core::Id(fresh));
        map.insert(id, core::Id(fresh));
    };
    for (const Table& t : from.tables) {
        separate(t.id);
        for (const Column& c : t.columns)
            separate(c.id);
    }
}

} // namespace

bool needsCounterpartIds(const ChangeSet& changes)
{
    if (changes.matchedByName)
        return true;
    for (const Change& c : changes.changes) {
        if ((!c.fromId.isNull() && !c.toId.isNull() && c.fromId != c.toId) ||
            (!c.fromTableId.isNull() && !c.toTableId.isNull() && c.fromTableId != c.toTableId))
            return true;
    }
    return false;
}

Model withCounterpartIds(const ChangeSet& changes, const Model& from, const Model& to)
{
    // Every pair the differ made, also those whose ids happen to be equal: an object in
    // the map is paired, one outside it (after the name pairing below) is not.
    QHash<core::Id, core::Id> map;
    for (const Change& c : changes.changes) {
        if (!c.fromId.isNull() && !c.toId.isNull())
            map.insert(c.fromId, c.toId);
        if (!c.fromTableId.isNull() && !c.toTableId.isNull())
            map.insert(c.fromTableId, c.toTableId);
    }
    if (changes.matchedByName) {
        // The differ reports only what changed; unchanged objects with different ids are
        // paired here the way it paired them: by name (tables, their columns, keys and
        // named members, enums). Without this a kept table would be dropped and created.
        auto key = [](const QString& name) { return name.toLower(); };
        QHash<QString, const Table*> toTables;
        for (const Table& t : to.tables)
            toTables.insert(key(t.name), &t);
        for (const Table& t : from.tables) {
            const Table* other =
                map.contains(t.id) ? to.table(map.value(t.id)) : toTables.value(key(t.name));
            if (!other)
                continue;
            map.insert(t.id, other->id);
            for (const Column& c : t.columns) {
                const Column* match = other->columnByName(c.name);
                if (match && !map.contains(c.id))
                    map.insert(c.id, match->id);
            }
            if (t.primaryKey && other->primaryKey && !map.contains(t.primaryKey->id))
                map.insert(t.primaryKey->id, other->primaryKey->id);
            auto byName = [&](const auto& mine, const auto& theirs) {
                for (const auto& a : mine) {
                    for (const auto& b : theirs) {
                        if (!a.name.isEmpty() && a.name == b.name && !map.contains(a.id))
                            map.insert(a.id, b.id);
                    }
                }
            };
            byName(t.uniques, other->uniques);
            byName(t.checks, other->checks);
            byName(t.foreignKeys, other->foreignKeys);
            byName(t.indexes, other->indexes);
        }
        for (const model::EnumType& e : from.enums) {
            for (const model::EnumType& o : to.enums) {
                if (e.name == o.name && !map.contains(e.id))
                    map.insert(e.id, o.id);
            }
        }
        separateUnpaired(from, to, map);
    }
    return renumbered(from, map);
}

} // namespace schemata::migrate
