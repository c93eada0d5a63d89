#include "migrate/differ.h"

#include "migrate/differcompare.h"
#include "migrate/differidmapping.h"
#include "migrate/renamecandidates.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace schemata::migrate {

using diffdetail::IdMapping;
using diffdetail::ScoredPair;
using Domain = IdMapping::Domain;

namespace {

// Which element of the other list each element was matched with (-1: none), both ways.
struct Pairing
{
    QList<qsizetype> fromOf; // per new-side index: the old-side index
    QList<qsizetype> toOf;   // per old-side index: the new-side index

    Pairing() = default;
    Pairing(qsizetype fromCount, qsizetype toCount) : fromOf(toCount, -1), toOf(fromCount, -1) {}

    bool pair(qsizetype from, qsizetype to)
    {
        if (toOf[from] != -1 || fromOf[to] != -1)
            return false;
        toOf[from] = to;
        fromOf[to] = from;
        return true;
    }
    void unpairFrom(qsizetype from)
    {
        if (toOf[from] != -1)
            fromOf[toOf[from]] = -1;
        toOf[from] = -1;
    }
    void unpairTo(qsizetype to)
    {
        if (fromOf[to] != -1)
            toOf[fromOf[to]] = -1;
        fromOf[to] = -1;
    }
    QList<qsizetype> unmatchedFrom() const
    {
        QList<qsizetype> out;
        for (qsizetype i = 0; i < toOf.size(); ++i) {
            if (toOf[i] == -1)
                out.append(i);
        }
        return out;
    }
    QList<qsizetype> unmatchedTo() const
    {
        QList<qsizetype> out;
        for (qsizetype i = 0; i < fromOf.size(); ++i) {
            if (fromOf[i] == -1)
                out.append(i);
        }
        return out;
    }
};

// Pairs elements whose keys are equal. A null key never matches; of several elements with
// the same key the first of each side pair up and the rest stay unmatched (invalid models
// with duplicate names or ids give drops and adds, not a crash).
template <typename T, typename FromKey, typename ToKey>
void pairByKey(Pairing& pairing, const QList<T>& from, const QList<T>& to, FromKey fromKey,
               ToKey toKey)
{
    QHash<QString, qsizetype> index;
    index.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (pairing.toOf[i] != -1)
            continue;
        const QString key = fromKey(from[i]);
        if (!key.isNull() && !index.contains(key))
            index.insert(key, i);
    }
    for (qsizetype t = 0; t < to.size(); ++t) {
        if (pairing.fromOf[t] != -1)
            continue;
        const QString key = toKey(to[t]);
        if (key.isNull())
            continue;
        const auto it = index.constFind(key);
        if (it != index.cend())
            pairing.pair(*it, t);
    }
}

QString keyOf(const core::Id& id)
{
    return id.isNull() ? QString() : id.toString();
}

QString scopedName(const core::Id& scope, const QString& name)
{
    return scope.toString() + QChar(u'\x1f') + name;
}

// Positions (in the new table) of the matched columns whose order relative to the other
// matched columns changed: the complement of a longest increasing subsequence of their
// old positions, so moving one column flags that column only, not all it passed.
QSet<qsizetype> movedColumns(const Pairing& columns)
{
    QList<qsizetype> toIndex;  // matched new-side positions, in new order
    QList<qsizetype> sequence; // their old-side positions
    for (qsizetype t = 0; t < columns.fromOf.size(); ++t) {
        if (columns.fromOf[t] != -1) {
            toIndex.append(t);
            sequence.append(columns.fromOf[t]);
        }
    }
    // Patience sorting with predecessor links: O(n log n), deterministic.
    QList<qsizetype> tails; // index into sequence of the tail of each length
    QList<qsizetype> previous(sequence.size(), -1);
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const auto pos = std::lower_bound(
            tails.begin(), tails.end(), sequence[i],
            [&](qsizetype tail, qsizetype value) { return sequence[tail] < value; });
        const qsizetype length = pos - tails.begin();
        if (length > 0)
            previous[i] = tails[length - 1];
        if (pos == tails.end())
            tails.append(i);
        else
            *pos = i;
    }
    QSet<qsizetype> kept;
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i != -1; i = previous[i])
        kept.insert(i);
    QSet<qsizetype> moved;
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        if (!kept.contains(i))
            moved.insert(toIndex[i]);
    }
    return moved;
}

QString columnNames(const model::Table& table, const QList<core::Id>& ids)
{
    QStringList names;
    for (const core::Id& id : ids) {
        const model::Column* column = table.column(id);
        names.append(column ? column->name : id.toString());
    }
    return names.join(QStringLiteral(", "));
}

// How a member is named in Change::path when the user left its name to the dialect.
QString memberLabel(const model::Table& table, const model::KeyConstraint& key, ObjectKind kind)
{
    if (kind == ObjectKind::PrimaryKey)
        return QStringLiteral("primary key");
    return QStringLiteral("unique(%1)").arg(columnNames(table, key.columnIds));
}
QString memberLabel(const model::Table&, const model::CheckConstraint& check, ObjectKind)
{
    const QString expression = check.expression.simplified();
    return QStringLiteral("check(%1)")
        .arg(expression.size() > 40 ? expression.left(39) + QChar(u'…') : expression);
}
QString memberLabel(const model::Table& table, const model::ForeignKey& fk, ObjectKind)
{
    return QStringLiteral("foreign key(%1)").arg(columnNames(table, fk.columnIds));
}
QString memberLabel(const model::Table& table, const model::Index& index, ObjectKind)
{
    QStringList parts;
    for (const model::IndexKey& key : index.keys) {
        if (!key.expression.isEmpty())
            parts.append(key.expression);
        else
            parts.append(columnNames(table, {key.columnId}));
    }
    return QStringLiteral("index(%1)").arg(parts.join(QStringLiteral(", ")));
}

class Differ
{
public:
    Differ(const model::Model& from, const model::Model& to, bool byName)
        : m_from(from), m_to(to), m_byName(byName)
    {
        m_result.matchedByName = byName;
    }

    ChangeSet run()
    {
        matchSchemas();
        matchNamed(m_enums, m_from.enums, m_to.enums, Domain::Enum);
        matchNamed(m_domains, m_from.domains, m_to.domains, Domain::DomainType);
        matchNamed(m_tables, m_from.tables, m_to.tables, Domain::Table);
        matchNamed(m_views, m_from.views, m_to.views, std::nullopt); // nothing refers to a view
        matchColumns();

        emitSchemas();
        emitEnums();
        emitDomains();
        emitTables();
        emitViews();
        return std::move(m_result);
    }

private:
    // --- matching -----------------------------------------------------------------

    void matchSchemas()
    {
        m_schemas = Pairing(m_from.schemas.size(), m_to.schemas.size());
        if (!m_byName) {
            const auto byId = [](const model::Schema& s) { return keyOf(s.id); };
            pairByKey(m_schemas, m_from.schemas, m_to.schemas, byId, byId);
        } else {
            const auto byName = [](const model::Schema& s) { return s.name; };
            pairByKey(m_schemas, m_from.schemas, m_to.schemas, byName, byName);
            matchSoleTableSchemas();
        }
        for (qsizetype t = 0; t < m_to.schemas.size(); ++t) {
            if (const qsizetype f = m_schemas.fromOf[t]; f != -1)
                m_ids.add(Domain::Schema, m_from.schemas[f].id, m_to.schemas[t].id);
        }
        for (const model::Schema& s : m_from.schemas)
            m_fromSchemaNames.insert(s.id, s.name);
        for (const model::Schema& s : m_to.schemas)
            m_toSchemaNames.insert(s.id, s.name);
    }

    // Schema-less engines (MySQL, MariaDB, SQLite) put every table in one schema whose name
    // comes from wherever the model came from: pair those two schemas whatever their names.
    void matchSoleTableSchemas()
    {
        const auto soleSchema = [](const model::Model& m) -> std::optional<core::Id> {
            if (m.tables.isEmpty())
                return std::nullopt;
            const core::Id first = m.tables.constFirst().schemaId;
            for (const model::Table& t : m.tables) {
                if (t.schemaId != first)
                    return std::nullopt;
            }
            return first;
        };
        const auto fromSchema = soleSchema(m_from);
        const auto toSchema = soleSchema(m_to);
        if (!fromSchema || !toSchema)
            return;
        const auto indexOf = [](const QList<model::Schema>& list, const core::Id& id) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list[i].id == id)
                    return i;
            }
            return qsizetype(-1);
        };
        const qsizetype f = indexOf(m_from.schemas, *fromSchema);
        const qsizetype t = indexOf(m_to.schemas, *toSchema);
        if (f != -1 && t != -1) {
            m_schemas.unpairFrom(f);
            m_schemas.unpairTo(t);
            m_schemas.pair(f, t);
        } else {
            // A table naming a schema the model does not declare (an invalid model): its
            // tables still match; there is no schema object to diff.
            m_ids.add(Domain::Schema, *fromSchema, *toSchema);
        }
    }

    // Enums, tables and views: by id, or by (matched schema, name).
    template <typename T>
    void matchNamed(Pairing& pairing, const QList<T>& from, const QList<T>& to,
                    std::optional<Domain> domain)
    {
        pairing = Pairing(from.size(), to.size());
        if (!m_byName) {
            const auto byId = [](const T& object) { return keyOf(object.id); };
            pairByKey(pairing, from, to, byId, byId);
        } else {
            pairByKey(
                pairing, from, to,
                [this](const T& object) {
                    return scopedName(m_ids.translate(Domain::Schema, object.schemaId),
                                      object.name);
                },
                [](const T& object) { return scopedName(object.schemaId, object.name); });
        }
        if (!domain)
            return;
        m_ids.reserve(*domain, from.size());
        for (qsizetype t = 0; t < to.size(); ++t) {
            if (const qsizetype f = pairing.fromOf[t]; f != -1)
                m_ids.add(*domain, from[f].id, to[t].id);
        }
    }

    // Columns of every matched table first, so that FKs compare their references across
    // tables whatever the order the tables are emitted in.
    void matchColumns()
    {
        m_columns.resize(m_to.tables.size());
        for (qsizetype t = 0; t < m_to.tables.size(); ++t) {
            const qsizetype f = m_tables.fromOf[t];
            if (f == -1)
                continue;
            const model::Table& from = m_from.tables[f];
            const model::Table& to = m_to.tables[t];
            Pairing& pairing = m_columns[t];
            pairing = Pairing(from.columns.size(), to.columns.size());
            if (m_byName) {
                const auto byName = [](const model::Column& c) { return c.name; };
                pairByKey(pairing, from.columns, to.columns, byName, byName);
            } else {
                const auto byId = [](const model::Column& c) { return keyOf(c.id); };
                pairByKey(pairing, from.columns, to.columns, byId, byId);
            }
            for (qsizetype c = 0; c < to.columns.size(); ++c) {
                if (const qsizetype fc = pairing.fromOf[c]; fc != -1)
                    m_ids.add(Domain::Column, from.columns[fc].id, to.columns[c].id);
            }
        }
    }

    // --- paths --------------------------------------------------------------------

    static QString qualified(const QHash<core::Id, QString>& schemaNames, const core::Id& schemaId,
                             const QString& name)
    {
        const QString schema = schemaNames.value(schemaId);
        return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
    }
    QString fromPath(const core::Id& schemaId, const QString& name) const
    {
        return qualified(m_fromSchemaNames, schemaId, name);
    }
    QString toPath(const core::Id& schemaId, const QString& name) const
    {
        return qualified(m_toSchemaNames, schemaId, name);
    }

    // --- emission -----------------------------------------------------------------

    void append(ChangeOp op, ObjectKind kind, const core::Id& fromId, const core::Id& toId,
                const core::Id& fromTableId, const core::Id& toTableId, Attributes changed,
                const QString& path)
    {
        m_result.changes.append(
            Change{op, kind, fromId, toId, fromTableId, toTableId, changed, path});
    }

    // Rename (when the name differs) then Alter (when any attribute does).
    void appendMatched(ObjectKind kind, const core::Id& fromId, const core::Id& toId,
                       const core::Id& fromTableId, const core::Id& toTableId, bool renamed,
                       Attributes changed, const QString& path)
    {
        if (renamed)
            append(ChangeOp::Rename, kind, fromId, toId, fromTableId, toTableId, {}, path);
        if (changed != Attributes())
            append(ChangeOp::Alter, kind, fromId, toId, fromTableId, toTableId, changed, path);
    }

    void addCandidate(ObjectKind kind, const core::Id& fromId, const core::Id& toId,
                      const QString& fromPath, const QString& toPath, int score)
    {
        m_result.renameCandidates.append(
            RenameCandidate{kind, fromId, toId, fromPath, toPath, score});
    }

    void emitSchemas()
    {
        for (qsizetype t = 0; t < m_to.schemas.size(); ++t) {
            const model::Schema& to = m_to.schemas[t];
            const qsizetype f = m_schemas.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::Schema, {}, to.id, {}, {}, {}, to.name);
                continue;
            }
            const model::Schema& from = m_from.schemas[f];
            appendMatched(ObjectKind::Schema, from.id, to.id, {}, {}, from.name != to.name,
                          diffdetail::schemaAttributes(from, to), to.name);
        }
        for (qsizetype f = 0; f < m_from.schemas.size(); ++f) {
            if (m_schemas.toOf[f] == -1)
                append(ChangeOp::Drop, ObjectKind::Schema, m_from.schemas[f].id, {}, {}, {}, {},
                       m_from.schemas[f].name);
        }
    }

    void emitEnums()
    {
        for (qsizetype t = 0; t < m_to.enums.size(); ++t) {
            const model::EnumType& to = m_to.enums[t];
            const QString path = toPath(to.schemaId, to.name);
            const qsizetype f = m_enums.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::Enum, {}, to.id, {}, {}, {}, path);
                continue;
            }
            const model::EnumType& from = m_from.enums[f];
            appendMatched(ObjectKind::Enum, from.id, to.id, {}, {}, from.name != to.name,
                          diffdetail::enumAttributes(from, to, m_ids), path);
        }
        for (qsizetype f = 0; f < m_from.enums.size(); ++f) {
            const model::EnumType& from = m_from.enums[f];
            if (m_enums.toOf[f] == -1)
                append(ChangeOp::Drop, ObjectKind::Enum, from.id, {}, {}, {}, {},
                       fromPath(from.schemaId, from.name));
        }
        if (m_byName)
            offerSameContent(
                ObjectKind::Enum, m_enums, m_from.enums, m_to.enums,
                [](const model::EnumType& e) { return e.values.join(QChar(u'\x1f')); });
    }

    // Domains like enums (by id, or by schema and name); their checks like a table's
    // checks, as DomainCheck changes whose fromTableId/toTableId name the domain.
    void emitDomains()
    {
        for (qsizetype t = 0; t < m_to.domains.size(); ++t) {
            const model::DomainType& to = m_to.domains[t];
            const QString path = toPath(to.schemaId, to.name);
            const qsizetype f = m_domains.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::Domain, {}, to.id, {}, {}, {}, path);
                continue;
            }
            const model::DomainType& from = m_from.domains[f];
            appendMatched(ObjectKind::Domain, from.id, to.id, {}, {}, from.name != to.name,
                          diffdetail::domainAttributes(from, to, m_ids), path);
            emitDomainChecks(from, to);
        }
        for (qsizetype f = 0; f < m_from.domains.size(); ++f) {
            const model::DomainType& from = m_from.domains[f];
            if (m_domains.toOf[f] == -1)
                append(ChangeOp::Drop, ObjectKind::Domain, from.id, {}, {}, {}, {},
                       fromPath(from.schemaId, from.name));
        }
        if (m_byName)
            offerSameContent(ObjectKind::Domain, m_domains, m_from.domains, m_to.domains,
                             [this](const model::DomainType& d) {
                                 // Only the new side's ids are taken as they are; the old
                                 // side's enum base goes through the mapping.
                                 const bool old = m_from.domainType(d.id) == &d;
                                 return diffdetail::typeKey(d.baseType, old ? &m_ids : nullptr);
                             });
    }

    void emitDomainChecks(const model::DomainType& fromDomain, const model::DomainType& toDomain)
    {
        const QList<model::CheckConstraint>& from = fromDomain.checks;
        const QList<model::CheckConstraint>& to = toDomain.checks;
        Pairing pairing(from.size(), to.size());
        if (!m_byName) {
            const auto byId = [](const model::CheckConstraint& c) { return keyOf(c.id); };
            pairByKey(pairing, from, to, byId, byId);
        } else {
            const auto byName = [](const model::CheckConstraint& c) {
                return c.name.isEmpty() ? QString() : c.name;
            };
            pairByKey(pairing, from, to, byName, byName);
            pairByStructure(pairing, from, to, diffdetail::checkStructure);
        }
        const auto path = [](const QString& domainPath, const model::CheckConstraint& c) {
            return domainPath + QLatin1Char('.') +
                   (c.name.isEmpty() ? memberLabel(model::Table(), c, ObjectKind::DomainCheck)
                                     : c.name);
        };
        const QString fromPrefix = fromPath(fromDomain.schemaId, fromDomain.name);
        const QString toPrefix = toPath(toDomain.schemaId, toDomain.name);
        for (qsizetype t = 0; t < to.size(); ++t) {
            const qsizetype f = pairing.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::DomainCheck, {}, to[t].id, fromDomain.id,
                       toDomain.id, {}, path(toPrefix, to[t]));
                continue;
            }
            appendMatched(ObjectKind::DomainCheck, from[f].id, to[t].id, fromDomain.id, toDomain.id,
                          renamed(from[f].name, to[t].name),
                          diffdetail::checkAttributes(from[f], to[t], m_ids),
                          path(toPrefix, to[t]));
        }
        for (const qsizetype f : pairing.unmatchedFrom())
            append(ChangeOp::Drop, ObjectKind::DomainCheck, from[f].id, {}, fromDomain.id,
                   toDomain.id, {}, path(fromPrefix, from[f]));
    }

    void emitViews()
    {
        for (qsizetype t = 0; t < m_to.views.size(); ++t) {
            const model::View& to = m_to.views[t];
            const QString path = toPath(to.schemaId, to.name);
            const qsizetype f = m_views.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::View, {}, to.id, {}, {}, {}, path);
                continue;
            }
            const model::View& from = m_from.views[f];
            appendMatched(ObjectKind::View, from.id, to.id, {}, {}, from.name != to.name,
                          diffdetail::viewAttributes(from, to, m_ids), path);
        }
        for (qsizetype f = 0; f < m_from.views.size(); ++f) {
            const model::View& from = m_from.views[f];
            if (m_views.toOf[f] == -1)
                append(ChangeOp::Drop, ObjectKind::View, from.id, {}, {}, {}, {},
                       fromPath(from.schemaId, from.name));
        }
        if (m_byName)
            offerSameContent(ObjectKind::View, m_views, m_from.views, m_to.views,
                             [](const model::View& v) { return v.sql.simplified(); });
    }

    // Name matching: an unmatched enum or view with exactly the content of an unmatched
    // one on the other side is probably that one renamed.
    template <typename T, typename Content>
    void offerSameContent(ObjectKind kind, const Pairing& pairing, const QList<T>& from,
                          const QList<T>& to, Content content)
    {
        QHash<QString, QList<qsizetype>> added;
        for (const qsizetype t : pairing.unmatchedTo())
            added[content(to[t])].append(t);
        QList<ScoredPair> pairs;
        for (const qsizetype f : pairing.unmatchedFrom()) {
            for (const qsizetype t : added.value(content(from[f])))
                pairs.append({f, t, 100});
        }
        for (const ScoredPair& p : diffdetail::pickBestPairs(pairs))
            addCandidate(kind, from[p.from].id, to[p.to].id,
                         fromPath(from[p.from].schemaId, from[p.from].name),
                         toPath(to[p.to].schemaId, to[p.to].name), p.score);
    }

    void emitTables()
    {
        for (qsizetype t = 0; t < m_to.tables.size(); ++t) {
            const model::Table& to = m_to.tables[t];
            const qsizetype f = m_tables.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::Table, {}, to.id, {}, {}, {},
                       toPath(to.schemaId, to.name));
                continue;
            }
            const model::Table& from = m_from.tables[f];
            appendMatched(ObjectKind::Table, from.id, to.id, {}, {}, from.name != to.name,
                          diffdetail::tableAttributes(from, to, m_ids),
                          toPath(to.schemaId, to.name));
            emitColumns(from, to, m_columns[t]);
            emitPrimaryKey(from, to);
            emitMembers(ObjectKind::Unique, from, to, from.uniques, to.uniques,
                        diffdetail::keyAttributes, diffdetail::keyStructure);
            emitMembers(ObjectKind::Check, from, to, from.checks, to.checks,
                        diffdetail::checkAttributes, diffdetail::checkStructure);
            emitMembers(ObjectKind::ForeignKey, from, to, from.foreignKeys, to.foreignKeys,
                        diffdetail::foreignKeyAttributes, diffdetail::foreignKeyStructure);
            emitMembers(ObjectKind::Index, from, to, from.indexes, to.indexes,
                        diffdetail::indexAttributes, diffdetail::indexStructure);
        }
        const QList<qsizetype> dropped = m_tables.unmatchedFrom();
        for (const qsizetype f : dropped) {
            const model::Table& from = m_from.tables[f];
            append(ChangeOp::Drop, ObjectKind::Table, from.id, {}, {}, {}, {},
                   fromPath(from.schemaId, from.name));
        }
        if (m_byName) {
            const QList<ScoredPair> pairs = diffdetail::scoreTableRenames(
                m_from.tables, dropped, m_to.tables, m_tables.unmatchedTo(), m_ids);
            for (const ScoredPair& p : pairs) {
                const model::Table& from = m_from.tables[p.from];
                const model::Table& to = m_to.tables[p.to];
                addCandidate(ObjectKind::Table, from.id, to.id, fromPath(from.schemaId, from.name),
                             toPath(to.schemaId, to.name), p.score);
            }
        }
    }

    void emitColumns(const model::Table& from, const model::Table& to, const Pairing& pairing)
    {
        const QString fromTable = fromPath(from.schemaId, from.name) + QLatin1Char('.');
        const QString toTable = toPath(to.schemaId, to.name) + QLatin1Char('.');
        const QSet<qsizetype> moved = movedColumns(pairing);
        for (qsizetype t = 0; t < to.columns.size(); ++t) {
            const model::Column& now = to.columns[t];
            const qsizetype f = pairing.fromOf[t];
            if (f == -1) {
                append(ChangeOp::Add, ObjectKind::Column, {}, now.id, from.id, to.id, {},
                       toTable + now.name);
                continue;
            }
            const model::Column& old = from.columns[f];
            Attributes changed = diffdetail::columnAttributes(old, now, m_ids);
            if (moved.contains(t))
                changed |= Attribute::Position;
            appendMatched(ObjectKind::Column, old.id, now.id, from.id, to.id, old.name != now.name,
                          changed, toTable + now.name);
        }
        const QList<qsizetype> dropped = pairing.unmatchedFrom();
        for (const qsizetype f : dropped)
            append(ChangeOp::Drop, ObjectKind::Column, from.columns[f].id, {}, from.id, to.id, {},
                   fromTable + from.columns[f].name);
        if (m_byName) {
            const QList<ScoredPair> pairs =
                diffdetail::scoreColumnRenames(from, dropped, to, pairing.unmatchedTo(), m_ids);
            for (const ScoredPair& p : pairs)
                addCandidate(ObjectKind::Column, from.columns[p.from].id, to.columns[p.to].id,
                             fromTable + from.columns[p.from].name, toTable + to.columns[p.to].name,
                             p.score);
        }
    }

    // A member's name counts as renamed when it differs; by name, a member only one side
    // names keeps its (dialect-chosen) name, so that is not a rename.
    bool renamed(const QString& fromName, const QString& toName) const
    {
        if (fromName == toName)
            return false;
        return !m_byName || (!fromName.isEmpty() && !toName.isEmpty());
    }

    template <typename T>
    QString memberPath(const QString& tablePath, const model::Table& table, const T& member,
                       ObjectKind kind) const
    {
        return tablePath + QLatin1Char('.') +
               (member.name.isEmpty() ? memberLabel(table, member, kind) : member.name);
    }

    void emitPrimaryKey(const model::Table& from, const model::Table& to)
    {
        const QString fromTable = fromPath(from.schemaId, from.name);
        const QString toTable = toPath(to.schemaId, to.name);
        const auto& oldKey = from.primaryKey;
        const auto& newKey = to.primaryKey;
        const bool matched = oldKey && newKey && (m_byName || oldKey->id == newKey->id);
        if (matched) {
            appendMatched(ObjectKind::PrimaryKey, oldKey->id, newKey->id, from.id, to.id,
                          renamed(oldKey->name, newKey->name),
                          diffdetail::keyAttributes(*oldKey, *newKey, m_ids),
                          memberPath(toTable, to, *newKey, ObjectKind::PrimaryKey));
            return;
        }
        if (newKey)
            append(ChangeOp::Add, ObjectKind::PrimaryKey, {}, newKey->id, from.id, to.id, {},
                   memberPath(toTable, to, *newKey, ObjectKind::PrimaryKey));
        if (oldKey)
            append(ChangeOp::Drop, ObjectKind::PrimaryKey, oldKey->id, {}, from.id, to.id, {},
                   memberPath(fromTable, from, *oldKey, ObjectKind::PrimaryKey));
    }

    // Uniques, checks, FKs and indexes: by id, or by name when both sides are named and by
    // structure when one is not.
    template <typename T, typename AttributesOf, typename StructureOf>
    void emitMembers(ObjectKind kind, const model::Table& fromTable, const model::Table& toTable,
                     const QList<T>& from, const QList<T>& to, AttributesOf attributesOf,
                     StructureOf structureOf)
    {
        Pairing pairing(from.size(), to.size());
        if (!m_byName) {
            const auto byId = [](const T& m) { return keyOf(m.id); };
            pairByKey(pairing, from, to, byId, byId);
        } else {
            const auto byName = [](const T& m) { return m.name.isEmpty() ? QString() : m.name; };
            pairByKey(pairing, from, to, byName, byName);
            pairByStructure(pairing, from, to, structureOf);
        }
        const QString fromPrefix = fromPath(fromTable.schemaId, fromTable.name);
        const QString toPrefix = toPath(toTable.schemaId, toTable.name);
        for (qsizetype t = 0; t < to.size(); ++t) {
            const qsizetype f = pairing.fromOf[t];
            const QString path = memberPath(toPrefix, toTable, to[t], kind);
            if (f == -1) {
                append(ChangeOp::Add, kind, {}, to[t].id, fromTable.id, toTable.id, {}, path);
                continue;
            }
            appendMatched(kind, from[f].id, to[t].id, fromTable.id, toTable.id,
                          renamed(from[f].name, to[t].name), attributesOf(from[f], to[t], m_ids),
                          path);
        }
        const QList<qsizetype> dropped = pairing.unmatchedFrom();
        for (const qsizetype f : dropped)
            append(ChangeOp::Drop, kind, from[f].id, {}, fromTable.id, toTable.id, {},
                   memberPath(fromPrefix, fromTable, from[f], kind));
        if (!m_byName || dropped.isEmpty())
            return;
        // Both named, different names, same structure: probably renamed.
        QHash<QString, QList<qsizetype>> added;
        for (const qsizetype t : pairing.unmatchedTo())
            added[structureOf(to[t], nullptr)].append(t);
        QList<ScoredPair> pairs;
        for (const qsizetype f : dropped) {
            for (const qsizetype t : added.value(structureOf(from[f], &m_ids))) {
                const bool same = attributesOf(from[f], to[t], m_ids) == Attributes();
                pairs.append({f, t, same ? 100 : 75});
            }
        }
        for (const ScoredPair& p : diffdetail::pickBestPairs(pairs))
            addCandidate(kind, from[p.from].id, to[p.to].id,
                         memberPath(fromPrefix, fromTable, from[p.from], kind),
                         memberPath(toPrefix, toTable, to[p.to], kind), p.score);
    }

    template <typename T, typename StructureOf>
    void pairByStructure(Pairing& pairing, const QList<T>& from, const QList<T>& to,
                         StructureOf structureOf)
    {
        QHash<QString, QList<qsizetype>> byStructure;
        for (const qsizetype f : pairing.unmatchedFrom())
            byStructure[structureOf(from[f], &m_ids)].append(f);
        if (byStructure.isEmpty())
            return;
        for (const qsizetype t : pairing.unmatchedTo()) {
            const auto it = byStructure.constFind(structureOf(to[t], nullptr));
            if (it == byStructure.cend())
                continue;
            for (const qsizetype f : *it) {
                if (pairing.toOf[f] == -1 && (from[f].name.isEmpty() || to[t].name.isEmpty())) {
                    pairing.pair(f, t);
                    break;
                }
            }
        }
    }

    const model::Model& m_from;
    const model::Model& m_to;
    const bool m_byName;
    IdMapping m_ids;
    Pairing m_schemas;
    Pairing m_enums;
    Pairing m_domains;
    Pairing m_tables;
    Pairing m_views;
    QList<Pairing> m_columns; // per new-side table index; empty for added tables
    QHash<core::Id, QString> m_fromSchemaNames;
    QHash<core::Id, QString> m_toSchemaNames;
    ChangeSet m_result;
};

bool isEmptyModel(const model::Model& m)
{
    return m.schemas.isEmpty() && m.enums.isEmpty() && m.domains.isEmpty() && m.tables.isEmpty() &&
           m.views.isEmpty();
}

bool sharesIdentity(const model::Model& from, const model::Model& to)
{
    QSet<core::Id> ids;
    ids.reserve(from.tables.size() + from.schemas.size());
    for (const model::Table& t : from.tables)
        ids.insert(t.id);
    for (const model::Schema& s : from.schemas)
        ids.insert(s.id);
    for (const model::DomainType& d : from.domains)
        ids.insert(d.id);
    for (const model::DomainType& d : to.domains) {
        if (!d.id.isNull() && ids.contains(d.id))
            return true;
    }
    for (const model::Table& t : to.tables) {
        if (!t.id.isNull() && ids.contains(t.id))
            return true;
    }
    for (const model::Schema& s : to.schemas) {
        if (!s.id.isNull() && ids.contains(s.id))
            return true;
    }
    return false;
}

} // namespace

ChangeSet diffModels(const model::Model& from, const model::Model& to, const DiffOptions& options)
{
    bool byName = options.matching == DiffOptions::Matching::ByName;
    if (options.matching == DiffOptions::Matching::Auto)
        byName = !isEmptyModel(from) && !isEmptyModel(to) && !sharesIdentity(from, to);
    return Differ(from, to, byName).run();
}

bool enumValuesOnlyAppended(const model::EnumType& from, const model::EnumType& to)
{
    return to.values.size() > from.values.size() &&
           std::equal(from.values.cbegin(), from.values.cend(), to.values.cbegin());
}

} // namespace schemata::migrate
