#include "app/tableclipboard.h"

#include "document/documentformat.h"
#include "model/domainedits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace schemata::app {

namespace {

const QString kWrapperKey = QStringLiteral("schemataClipboard");
const QString kContextKey = QStringLiteral("context");
const QString kDocumentKey = QStringLiteral("document");

QString tr(const char* text)
{
    return QCoreApplication::translate("TableClipboard", text);
}

core::Error clipboardError(const QString& message)
{
    return core::Error{QStringLiteral("clipboard"), message};
}

double rounded(double v)
{
    return std::round(v * 100) / 100;
}

QString uniqueIn(const QString& base, QSet<QString>& taken)
{
    QString candidate = base;
    for (int n = 2; taken.contains(candidate.toLower()); ++n)
        candidate = base + QStringLiteral("_%1").arg(n);
    taken.insert(candidate.toLower());
    return candidate;
}

// Names of tables and views (one namespace in every engine) and of named constraints and
// indexes (PostgreSQL keeps index names per schema) in one schema, lower-cased.
void collectNames(const model::Model& m, const core::Id& schemaId, QSet<QString>& relations,
                  QSet<QString>& constraints)
{
    for (const model::Table& t : m.tables) {
        if (t.schemaId != schemaId)
            continue;
        relations.insert(t.name.toLower());
        const auto add = [&](const QString& name) {
            if (!name.isEmpty())
                constraints.insert(name.toLower());
        };
        if (t.primaryKey)
            add(t.primaryKey->name);
        for (const auto& u : t.uniques)
            add(u.name);
        for (const auto& c : t.checks)
            add(c.name);
        for (const auto& f : t.foreignKeys)
            add(f.name);
        for (const auto& i : t.indexes)
            add(i.name);
    }
    for (const model::View& v : m.views) {
        if (v.schemaId == schemaId)
            relations.insert(v.name.toLower());
    }
}

// Everything a paste into one document needs to remember while it rewrites the tables.
class Paster
{
public:
    Paster(document::Document& target, const document::Document& source, QSet<core::Id> context,
           const model::IdSource& ids)
        : m_target(target), m_source(source), m_context(std::move(context)), m_ids(ids)
    {}

    PasteResult run(double dx, double dy);

private:
    core::Id mapSchema(const core::Id& sourceId);
    core::Id mapEnum(const core::Id& sourceId);
    const model::DomainType* mapDomain(const core::Id& sourceId);
    void resolveContext(const model::Table& stub);
    QString renamed(const QString& name, const QString& oldTable, const QString& newTable,
                    const core::Id& schemaId);
    model::Table rewrite(const model::Table& source, PasteResult& result);

    document::Document& m_target;
    const document::Document& m_source;
    QSet<core::Id> m_context;
    const model::IdSource& m_ids;
    // Source id → id in the target (tables, columns, schemas, enums).
    QHash<core::Id, core::Id> m_map;
    // Source domain id → the target's domain, or null: the column falls back to the base.
    QHash<core::Id, core::Id> m_domains;
    QHash<core::Id, QSet<QString>> m_relationNames;
    QHash<core::Id, QSet<QString>> m_constraintNames;
};

core::Id Paster::mapSchema(const core::Id& sourceId)
{
    if (sourceId.isNull())
        return sourceId;
    if (auto it = m_map.constFind(sourceId); it != m_map.cend())
        return *it;
    core::Id mapped;
    const model::Schema* source = m_source.model.schema(sourceId);
    if (m_target.model.schema(sourceId)) {
        mapped = sourceId;
    } else {
        for (const model::Schema& s : std::as_const(m_target.model.schemas)) {
            if (source && s.name == source->name)
                mapped = s.id;
        }
        if (mapped.isNull()) {
            model::Schema added = source ? *source : model::Schema{};
            added.id = m_ids(u"sch");
            m_target.model.schemas.append(added);
            mapped = added.id;
        }
    }
    m_map.insert(sourceId, mapped);
    return mapped;
}

core::Id Paster::mapEnum(const core::Id& sourceId)
{
    if (sourceId.isNull())
        return sourceId;
    if (auto it = m_map.constFind(sourceId); it != m_map.cend())
        return *it;
    core::Id mapped;
    const model::EnumType* source = m_source.model.enumType(sourceId);
    if (m_target.model.enumType(sourceId)) {
        mapped = sourceId;
    } else if (source) {
        const core::Id schemaId = mapSchema(source->schemaId);
        for (const model::EnumType& e : std::as_const(m_target.model.enums)) {
            if (e.schemaId == schemaId && e.name == source->name && mapped.isNull())
                mapped = e.id;
        }
        if (mapped.isNull()) {
            model::EnumType added = *source;
            added.id = m_ids(u"enm");
            added.schemaId = schemaId;
            m_target.model.enums.append(added);
            mapped = added.id;
        }
    }
    m_map.insert(sourceId, mapped);
    return mapped;
}

// The target's domain for a copied column's domain: the same id, else a domain of the same
// schema and name whose base type is the column's (so the column's type does not change
// under the user). Domains are not added to the target: a column whose domain the target
// lacks keeps its base type and names no domain.
const model::DomainType* Paster::mapDomain(const core::Id& sourceId)
{
    if (sourceId.isNull())
        return nullptr;
    if (auto it = m_domains.constFind(sourceId); it != m_domains.cend())
        return m_target.model.domainType(*it);
    const model::DomainType* mapped = m_target.model.domainType(sourceId);
    const model::DomainType* source = m_source.model.domainType(sourceId);
    if (!mapped && source) {
        const model::Schema* schema = m_source.model.schema(source->schemaId);
        for (const model::DomainType& d : std::as_const(m_target.model.domains)) {
            const model::Schema* targetSchema = m_target.model.schema(d.schemaId);
            if (!mapped && schema && targetSchema && targetSchema->name == schema->name &&
                d.name == source->name && d.baseType.kind == source->baseType.kind &&
                d.baseType.length == source->baseType.length &&
                d.baseType.precision == source->baseType.precision &&
                d.baseType.scale == source->baseType.scale)
                mapped = &d;
        }
    }
    m_domains.insert(sourceId, mapped ? mapped->id : core::Id());
    return mapped;
}

// Finds the table a context stub stands for in the target: the same id with the same
// column ids, else the same schema name, table name and column names.
void Paster::resolveContext(const model::Table& stub)
{
    if (const model::Table* same = m_target.model.table(stub.id)) {
        bool all = true;
        for (const model::Column& c : stub.columns)
            all = all && same->column(c.id);
        if (all) {
            m_map.insert(stub.id, stub.id);
            for (const model::Column& c : stub.columns)
                m_map.insert(c.id, c.id);
            return;
        }
    }
    const model::Schema* schema = m_source.model.schema(stub.schemaId);
    const model::Table* byName =
        schema ? m_target.model.tableByName(schema->name, stub.name) : nullptr;
    if (!byName)
        return;
    QHash<core::Id, core::Id> columns;
    for (const model::Column& c : stub.columns) {
        const model::Column* match = byName->columnByName(c.name);
        if (!match)
            return;
        columns.insert(c.id, match->id);
    }
    m_map.insert(stub.id, byName->id);
    m_map.insert(columns);
}

// A constraint or index name that started with the old table name follows the new one
// ("orders_pkey" → "orders_copy_pkey"); any name is then made unique in the schema.
QString Paster::renamed(const QString& name, const QString& oldTable, const QString& newTable,
                        const core::Id& schemaId)
{
    if (name.isEmpty())
        return name;
    QString base = name;
    if (base.startsWith(oldTable, Qt::CaseInsensitive))
        base = newTable + base.mid(oldTable.size());
    return uniqueIn(base, m_constraintNames[schemaId]);
}

model::Table Paster::rewrite(const model::Table& source, PasteResult& result)
{
    model::Table t = source;
    t.id = m_map.value(source.id);
    t.schemaId = mapSchema(source.schemaId);
    if (!m_relationNames.contains(t.schemaId)) {
        collectNames(m_target.model, t.schemaId, m_relationNames[t.schemaId],
                     m_constraintNames[t.schemaId]);
    }
    QSet<QString>& relations = m_relationNames[t.schemaId];
    t.name = relations.contains(source.name.toLower())
                 ? uniqueIn(source.name + QStringLiteral("_copy"), relations)
                 : uniqueIn(source.name, relations);

    const auto col = [&](const core::Id& id) { return m_map.value(id, id); };
    const auto cols = [&](QList<core::Id>& list) {
        for (core::Id& id : list)
            id = col(id);
    };
    for (model::Column& c : t.columns) {
        c.id = col(c.id);
        if (!c.type.domainId.isNull()) {
            // Keep the invariant: a domain column repeats the target domain's base type.
            if (const model::DomainType* d = mapDomain(c.type.domainId))
                c.type = model::domainColumnType(*d);
            else
                c.type.domainId = {};
        }
        if (!c.type.enumId.isNull())
            c.type.enumId = mapEnum(c.type.enumId);
    }
    if (t.primaryKey) {
        t.primaryKey->id = m_ids(u"pk");
        t.primaryKey->name = renamed(t.primaryKey->name, source.name, t.name, t.schemaId);
        cols(t.primaryKey->columnIds);
    }
    for (model::KeyConstraint& u : t.uniques) {
        u.id = m_ids(u"uq");
        u.name = renamed(u.name, source.name, t.name, t.schemaId);
        cols(u.columnIds);
    }
    for (model::CheckConstraint& c : t.checks) {
        c.id = m_ids(u"ck");
        c.name = renamed(c.name, source.name, t.name, t.schemaId);
    }
    for (model::Index& i : t.indexes) {
        i.id = m_ids(u"idx");
        i.name = renamed(i.name, source.name, t.name, t.schemaId);
        for (model::IndexKey& k : i.keys) {
            if (!k.columnId.isNull())
                k.columnId = col(k.columnId);
        }
        cols(i.includeColumnIds);
    }
    QList<model::ForeignKey> kept;
    for (model::ForeignKey fk : std::as_const(t.foreignKeys)) {
        const core::Id target = m_map.value(fk.referencedTableId);
        if (target.isNull()) {
            ++result.droppedForeignKeys;
            continue;
        }
        fk.id = m_ids(u"fk");
        fk.name = renamed(fk.name, source.name, t.name, t.schemaId);
        cols(fk.columnIds);
        fk.referencedTableId = target;
        cols(fk.referencedColumnIds);
        kept.append(fk);
    }
    t.foreignKeys = kept;
    return t;
}

PasteResult Paster::run(double dx, double dy)
{
    PasteResult result;
    QList<const model::Table*> pasted;
    for (const model::Table& t : m_source.model.tables) {
        if (m_context.contains(t.id)) {
            resolveContext(t);
            continue;
        }
        pasted.append(&t);
        // Fresh ids first, so FKs between pasted tables (in any order) find their copies.
        m_map.insert(t.id, m_ids(u"tbl"));
        for (const model::Column& c : t.columns)
            m_map.insert(c.id, m_ids(u"col"));
    }
    for (const model::Table* source : std::as_const(pasted)) {
        const model::Table table = rewrite(*source, result);
        m_target.model.tables.append(table);
        result.tableIds.append(table.id);
        if (const auto node = m_source.layout.nodes.constFind(source->id);
            node != m_source.layout.nodes.cend()) {
            document::NodeLayout moved = *node;
            moved.x = rounded(moved.x + dx);
            moved.y = rounded(moved.y + dy);
            m_target.layout.nodes.insert(table.id, moved);
        }
    }
    return result;
}

} // namespace

QByteArray copyTables(const document::Document& document, const QList<core::Id>& tableIds)
{
    const model::Model& m = document.model;
    document::Document clip;
    clip.dialect = document.dialect;
    QSet<core::Id> selected(tableIds.cbegin(), tableIds.cend());
    QSet<core::Id> schemas;
    QSet<core::Id> enums;
    QSet<core::Id> domains; // carried so the paste can tell a target's domain by name
    QHash<core::Id, QSet<core::Id>> contextColumns; // outside table → referenced columns
    // Document order, not selection order: the same tables always copy to the same text.
    for (const model::Table& t : m.tables) {
        if (!selected.contains(t.id))
            continue;
        clip.model.tables.append(t);
        schemas.insert(t.schemaId);
        for (const model::Column& c : t.columns) {
            if (!c.type.enumId.isNull())
                enums.insert(c.type.enumId);
            if (!c.type.domainId.isNull())
                domains.insert(c.type.domainId);
        }
        for (const model::ForeignKey& fk : t.foreignKeys) {
            if (!selected.contains(fk.referencedTableId)) {
                auto& columns = contextColumns[fk.referencedTableId];
                columns.unite(
                    QSet<core::Id>(fk.referencedColumnIds.cbegin(), fk.referencedColumnIds.cend()));
            }
        }
        if (document.layout.nodes.contains(t.id))
            clip.layout.nodes.insert(t.id, document.layout.nodes.value(t.id));
    }
    QJsonArray context;
    for (const model::Table& t : m.tables) {
        const auto wanted = contextColumns.constFind(t.id);
        if (wanted == contextColumns.cend())
            continue;
        model::Table stub;
        stub.id = t.id;
        stub.schemaId = t.schemaId;
        stub.name = t.name;
        for (const model::Column& c : t.columns) {
            if (wanted->contains(c.id)) {
                stub.columns.append(c);
                if (!c.type.enumId.isNull())
                    enums.insert(c.type.enumId);
                if (!c.type.domainId.isNull())
                    domains.insert(c.type.domainId);
            }
        }
        clip.model.tables.append(stub);
        schemas.insert(t.schemaId);
        context.append(t.id.toString());
    }
    for (const model::DomainType& d : m.domains) {
        if (domains.contains(d.id)) {
            clip.model.domains.append(d);
            schemas.insert(d.schemaId);
            if (!d.baseType.enumId.isNull())
                enums.insert(d.baseType.enumId);
        }
    }
    for (const model::Schema& s : m.schemas) {
        if (schemas.contains(s.id))
            clip.model.schemas.append(s);
    }
    for (const model::EnumType& e : m.enums) {
        if (enums.contains(e.id)) {
            clip.model.enums.append(e);
            if (!schemas.contains(e.schemaId) && m.schema(e.schemaId)) {
                schemas.insert(e.schemaId);
                clip.model.schemas.append(*m.schema(e.schemaId));
            }
        }
    }
    QByteArray text = "{\n\"" + kWrapperKey.toUtf8() + "\": 1,\n\"" + kContextKey.toUtf8() + "\": ";
    text += QJsonDocument(context).toJson(QJsonDocument::Compact);
    text += ",\n\"" + kDocumentKey.toUtf8() + "\": ";
    text += document::writeDocument(clip);
    text += "}\n";
    return text;
}

core::Result<PasteResult> pasteTables(document::Document& document, const QByteArray& clipboard,
                                      const model::IdSource& ids, double dx, double dy)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(clipboard, &parseError);
    if (json.isNull() || !json.isObject())
        return clipboardError(tr("not Schemata tables (%1)").arg(parseError.errorString()));
    const QJsonObject wrapper = json.object();
    if (wrapper.value(kWrapperKey).toInt() != 1 || !wrapper.value(kDocumentKey).isObject())
        return clipboardError(tr("not Schemata tables"));
    auto source =
        document::readDocument(QJsonDocument(wrapper.value(kDocumentKey).toObject()).toJson(),
                               QStringLiteral("clipboard"));
    if (!source)
        return source.error();
    QSet<core::Id> context;
    for (const QJsonValue& v : wrapper.value(kContextKey).toArray())
        context.insert(core::Id(v.toString()));

    document::Document result = document;
    Paster paster(result, source.value(), context, ids);
    PasteResult pasted = paster.run(dx, dy);
    document = std::move(result);
    return pasted;
}

core::Result<PasteResult> duplicateTables(document::Document& document,
                                          const QList<core::Id>& tableIds,
                                          const model::IdSource& ids)
{
    for (const core::Id& id : tableIds) {
        if (!document.model.table(id))
            return core::Error{id.toString(), tr("no such table")};
    }
    return pasteTables(document, copyTables(document, tableIds), ids);
}

} // namespace schemata::app
