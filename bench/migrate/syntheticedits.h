#pragma once
// Edits for the migration benchmark and the differ's large-model test: a second model
// made from a synthetic one, deterministic, with known counts of each kind of change.

#include "model/model.h"

#include <QSet>

namespace schemata::bench {

// How many tables editSynthetic() renamed, altered, added and dropped, and how many
// foreign keys of the remaining tables it dropped because they referenced a dropped table.
struct SyntheticEditCounts
{
    int renamed = 0;
    int altered = 0;
    int added = 0;
    int dropped = 0;
    int droppedForeignKeys = 0;
};

// The same model with every id (and every reference to one) prefixed: what a second,
// independent import of the same database looks like to the differ.
inline model::Model reidentified(model::Model m, const QString& prefix)
{
    const auto re = [&](core::Id& id) {
        if (!id.isNull())
            id = core::Id(prefix + id.toString());
    };
    const auto reList = [&](QList<core::Id>& ids) {
        for (core::Id& id : ids)
            re(id);
    };
    for (model::Schema& s : m.schemas)
        re(s.id);
    for (model::EnumType& e : m.enums) {
        re(e.id);
        re(e.schemaId);
    }
    for (model::View& v : m.views) {
        re(v.id);
        re(v.schemaId);
    }
    for (model::Table& t : m.tables) {
        re(t.id);
        re(t.schemaId);
        for (model::Column& c : t.columns) {
            re(c.id);
            re(c.type.enumId);
        }
        if (t.primaryKey) {
            re(t.primaryKey->id);
            reList(t.primaryKey->columnIds);
        }
        for (model::KeyConstraint& k : t.uniques) {
            re(k.id);
            reList(k.columnIds);
        }
        for (model::CheckConstraint& c : t.checks)
            re(c.id);
        for (model::ForeignKey& fk : t.foreignKeys) {
            re(fk.id);
            reList(fk.columnIds);
            re(fk.referencedTableId);
            reList(fk.referencedColumnIds);
        }
        for (model::Index& index : t.indexes) {
            re(index.id);
            for (model::IndexKey& key : index.keys)
                re(key.columnId);
            reList(index.includeColumnIds);
        }
    }
    return m;
}

// Touches one table in `stride / 4` of each kind, in a fixed pattern over the table
// order: table i with i % stride == 0 is renamed, == stride/4 altered (one column added,
// comment changed), == stride/2 dropped (with the FKs that reference it), == 3*stride/4
// followed by a new table (a copy of it under new ids and a new name). stride 80 on
// 2,000 tables touches 100 tables: 5%.
inline model::Model editSynthetic(const model::Model& base, int stride, SyntheticEditCounts* counts)
{
    SyntheticEditCounts local;
    model::Model m = base;
    QList<model::Table> tables;
    tables.reserve(m.tables.size() + m.tables.size() / stride + 1);
    QSet<core::Id> dropped;
    QSet<core::Id> copies;
    for (qsizetype i = 0; i < m.tables.size(); ++i) {
        model::Table table = m.tables[i];
        const qsizetype r = i % stride;
        if (r == stride / 2) {
            dropped.insert(table.id);
            ++local.dropped;
            continue;
        }
        if (r == 0) {
            table.name += QStringLiteral("_renamed");
            ++local.renamed;
        } else if (r == stride / 4) {
            model::Column extra;
            extra.id = core::Id(QStringLiteral("edit_col_%1").arg(i));
            extra.name = QStringLiteral("extra_note");
            extra.type.kind = model::LogicalType::Kind::Varchar;
            extra.type.length = 200;
            table.columns.append(extra);
            table.comment = QStringLiteral("Edited by the benchmark.");
            ++local.altered;
        }
        tables.append(table);
        if (r == 3 * stride / 4) {
            model::Table copy =
                reidentified(model::Model{{}, {}, {}, {table}, {}}, QStringLiteral("new_"))
                    .tables.constFirst();
            // Keep the schema, and references to other tables, pointing at the real ones.
            copy.schemaId = table.schemaId;
            for (qsizetype c = 0; c < copy.columns.size(); ++c)
                copy.columns[c].type.enumId = table.columns[c].type.enumId;
            for (qsizetype f = 0; f < copy.foreignKeys.size(); ++f) {
                const model::ForeignKey& original = table.foreignKeys[f];
                if (original.referencedTableId == table.id)
                    continue; // a self-reference stays one in the copy
                copy.foreignKeys[f].referencedTableId = original.referencedTableId;
                copy.foreignKeys[f].referencedColumnIds = original.referencedColumnIds;
            }
            copy.name += QStringLiteral("_copy");
            if (copy.primaryKey)
                copy.primaryKey->name = copy.name + QStringLiteral("_pkey");
            for (model::KeyConstraint& k : copy.uniques)
                k.name = k.name.isEmpty() ? k.name : copy.name + QLatin1Char('_') + k.name;
            for (model::CheckConstraint& c : copy.checks)
                c.name = c.name.isEmpty() ? c.name : copy.name + QLatin1Char('_') + c.name;
            for (model::ForeignKey& fk : copy.foreignKeys)
                fk.name = fk.name.isEmpty() ? fk.name : copy.name + QLatin1Char('_') + fk.name;
            for (model::Index& index : copy.indexes)
                index.name =
                    index.name.isEmpty() ? index.name : copy.name + QLatin1Char('_') + index.name;
            copies.insert(copy.id);
            tables.append(copy);
            ++local.added;
        }
    }
    for (model::Table& table : tables) {
        const qsizetype before = table.foreignKeys.size();
        table.foreignKeys.removeIf(
            [&](const model::ForeignKey& fk) { return dropped.contains(fk.referencedTableId); });
        if (!copies.contains(table.id)) // a new table is created without them: no change
            local.droppedForeignKeys += int(before - table.foreignKeys.size());
    }
    m.tables = tables;
    if (counts)
        *counts = local;
    return m;
}

} // namespace schemata::bench
