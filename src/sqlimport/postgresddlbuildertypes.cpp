// PostgresDdlBuilder's user types: enums and domains (CREATE/ALTER/DROP DOMAIN, renames,
// SET SCHEMA) and how a column's type name resolves to them. Kept apart from the table
// statements (postgresddlbuilder.cpp) so each file stays readable.

#include "connect/catalogid.h"
#include "connect/postgrescatalogreader.h"
#include "connect/sqltext.h"
#include "sqlimport/postgresddlbuilder.h"
#include "sqlimport/postgresparsetree.h"

#include <QJsonArray>
#include <algorithm>

namespace schemata::sqlimport {

using connect::catalogId;
using connect::PostgresCatalogReader;
namespace sqltext = connect::sqltext;
using namespace pgtree;

namespace {

QString schemaNameOf(const model::Model& model, const core::Id& schemaId)
{
    const model::Schema* s = model.schema(schemaId);
    return s ? s->name : QString();
}

} // namespace

PostgresDdlBuilder::Outcome PostgresDdlBuilder::createEnum(const QJsonObject& stmt,
                                                           QString* message)
{
    const QStringList names = strings(stmt.value(u"typeName").toArray());
    const QString schema = resolveSchema(names.size() > 1 ? names.at(names.size() - 2) : QString());
    model::EnumType e;
    e.schemaId = ensureSchema(schema);
    e.name = names.value(names.size() - 1);
    e.id = catalogId(u"enm", {schema, e.name});
    e.values = strings(stmt.value(u"vals").toArray());
    if (m_model.enumType(e.id) || m_model.domainType(catalogId(u"dom", {schema, e.name}))) {
        *message =
            QStringLiteral("type %1.%2 is created twice; the first wins").arg(schema, e.name);
        return Outcome::NotModelled;
    }
    m_model.enums.append(e);
    return Outcome::Modelled;
}

core::Id PostgresDdlBuilder::userType(const QStringList& names) const
{
    const auto find = [&](const QString& schema, const QString& name) -> core::Id {
        if (const core::Id id = catalogId(u"enm", {schema, name}); m_model.enumType(id))
            return id;
        if (const core::Id id = catalogId(u"dom", {schema, name}); m_model.domainType(id))
            return id;
        return {};
    };
    if (names.size() >= 2)
        return find(names.at(names.size() - 2), names.constLast());
    if (names.isEmpty())
        return {};
    // An empty search_path (pg_dump's) reads as "public", as resolveSchema() does.
    const QStringList path =
        m_searchPath.isEmpty() ? QStringList{QStringLiteral("public")} : m_searchPath;
    for (const QString& schema : path) {
        if (const core::Id id = find(schema, names.constFirst()); !id.isNull())
            return id;
    }
    return {};
}

model::DomainType* PostgresDdlBuilder::findDomain(const QStringList& names)
{
    const core::Id id = userType(names);
    const auto it = std::find_if(m_model.domains.begin(), m_model.domains.end(),
                                 [&](const model::DomainType& d) { return d.id == id; });
    return id.isNull() || it == m_model.domains.end() ? nullptr : &*it;
}

model::LogicalType PostgresDdlBuilder::columnType(const QJsonObject& typeName,
                                                  const QString& formatType, const QString& path,
                                                  const core::Id& id)
{
    const QStringList names = strings(typeName.value(u"names").toArray());
    const bool array = !typeName.value(u"arrayBounds").toArray().isEmpty();
    const auto builtin = connect::PostgresCatalogReader::typeFromFormatType(formatType);
    // pg_catalog comes first in every search path: a built-in name is never a user type.
    const bool catalogName = (names.size() == 2 && names.constFirst() == u"pg_catalog") ||
                             (names.size() == 1 && builtin);
    const core::Id user = array || catalogName ? core::Id() : userType(names);
    model::LogicalType type;
    if (const model::EnumType* e = m_model.enumType(user)) {
        type.kind = model::LogicalType::Kind::Enum;
        type.enumId = e->id;
    } else if (const model::DomainType* d = m_model.domainType(user)) {
        // The base as declared so far; finishDomains() sets the flattened one.
        type = d->baseType;
        type.domainId = d->id;
    } else if (builtin) {
        type = *builtin;
    } else {
        type.overrides.insert(QStringLiteral("postgres"), formatType);
        note(path,
             QStringLiteral(
                 "type \"%1\" has no logical equivalent; kept as a postgres type override")
                 .arg(formatType),
             id);
    }
    return type;
}

bool PostgresDdlBuilder::addDomainCheck(model::DomainType& domain, const QJsonObject& c,
                                        const QByteArray& sql, QString* message)
{
    const Text text(sql);
    const QString schema = schemaNameOf(m_model, domain.schemaId);
    QString name = c.value(u"conname").toString();
    if (name.isEmpty())
        name = chooseName(domain.name, {}, QStringLiteral("check"),
                          namesTaken(m_model, schema, TakenNames::Constraints));
    if (std::any_of(domain.checks.cbegin(), domain.checks.cend(),
                    [&](const model::CheckConstraint& k) { return k.name == name; })) {
        *message = QStringLiteral("constraint %1 of domain %2.%3 exists already")
                       .arg(name, schema, domain.name);
        return false;
    }
    const qsizetype keyword = sqltext::findTopLevelKeyword(
        text.text, u"check", text.at(c.value(u"location").toInteger()));
    const QString expression = parenthesised(text.text, keyword < 0 ? 0 : keyword);
    if (keyword < 0 || expression.isEmpty()) {
        *message = QStringLiteral("cannot find the CHECK expression of %1").arg(name);
        return false;
    }
    domain.checks.append(
        {PostgresCatalogReader::domainCheckId(schema, domain.name, name), name, expression});
    return true;
}

PostgresDdlBuilder::Outcome
PostgresDdlBuilder::createDomain(const QJsonObject& stmt, const QByteArray& sql, QString* message)
{
    const QStringList names = strings(stmt.value(u"domainname").toArray());
    const QString schema = resolveSchema(names.size() > 1 ? names.at(names.size() - 2) : QString());
    model::DomainType d;
    d.name = names.value(names.size() - 1);
    d.id = catalogId(u"dom", {schema, d.name});
    if (m_model.domainType(d.id) || m_model.enumType(catalogId(u"enm", {schema, d.name}))) {
        *message =
            QStringLiteral("type %1.%2 is created twice; the first wins").arg(schema, d.name);
        return Outcome::NotModelled;
    }
    d.schemaId = ensureSchema(schema);
    const QString path = schema + u'.' + d.name;
    const QJsonObject typeName = stmt.value(u"typeName").toObject();
    bool serial = false;
    QString serialType;
    d.baseType = columnType(typeName, typeText(typeName, &serial, &serialType), path, d.id);
    if (const model::DomainType* inner = m_model.domainType(d.baseType.domainId)) {
        // What the server copies from a domain declared over another at creation (its
        // DEFAULT and collation); its NOT NULL and checks apply through the chain and are
        // carried over by finishDomains().
        d.baseType = {};
        d.baseType.domainId = inner->id;
        d.defaultExpression = inner->defaultExpression;
        d.collation = inner->collation;
    }
    const Text text(sql);
    const QJsonObject collClause = stmt.value(u"collClause").toObject();
    if (!collClause.isEmpty())
        d.collation = strings(collClause.value(u"collname").toArray()).join(u'.');
    // Where a DEFAULT's text ends: at the next constraint or COLLATE, or the statement end.
    QList<qsizetype> starts{text.text.size()};
    const QJsonArray constraints = stmt.value(u"constraints").toArray();
    for (const QJsonValue& v : constraints)
        starts << text.at(inner(v.toObject()).value(u"location").toInteger());
    if (!collClause.isEmpty())
        starts << text.at(collClause.value(u"location").toInteger());
    std::sort(starts.begin(), starts.end());
    QStringList problems;
    for (const QJsonValue& v : constraints) {
        const QJsonObject c = inner(v.toObject());
        const QString type = c.value(u"contype").toString();
        if (type == u"CONSTR_NOTNULL") {
            d.notNull = true;
        } else if (type == u"CONSTR_NULL") {
            d.notNull = false;
        } else if (type == u"CONSTR_DEFAULT") {
            const qsizetype start = text.at(c.value(u"location").toInteger());
            const qsizetype keyword = sqltext::findTopLevelKeyword(text.text, u"default", start);
            const qsizetype from = keyword < 0 ? start : keyword + 7;
            const qsizetype end = *std::upper_bound(starts.cbegin(), starts.cend(), from);
            d.defaultExpression = cleanExpression(text.text.mid(from, end - from));
        } else if (type == u"CONSTR_CHECK") {
            // Checks are added after the domain exists (their names see each other).
            continue;
        } else {
            problems << QStringLiteral("constraint %1 of a domain is not modelled").arg(type);
        }
    }
    m_model.domains.append(d);
    model::DomainType& added = m_model.domains.last();
    for (const QJsonValue& v : constraints) {
        const QJsonObject c = inner(v.toObject());
        QString problem;
        if (c.value(u"contype").toString() == u"CONSTR_CHECK" &&
            !addDomainCheck(added, c, sql, &problem))
            problems << problem;
    }
    if (!problems.isEmpty()) {
        *message = QStringLiteral("domain imported, but: ") + problems.join(QStringLiteral("; "));
        return Outcome::NotModelled;
    }
    return Outcome::Modelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::alterDomain(const QJsonObject& stmt,
                                                            const QByteArray& sql, QString* message)
{
    const QStringList names = strings(stmt.value(u"typeName").toArray());
    model::DomainType* d = findDomain(names);
    if (!d) {
        *message = QStringLiteral("domain %1 is not defined by this script").arg(names.join(u'.'));
        return Outcome::NotModelled;
    }
    const Text text(sql);
    const QString subtype = stmt.value(u"subtype").toString();
    const QString name = stmt.value(u"name").toString();
    if (subtype == u"T") { // SET DEFAULT / DROP DEFAULT
        d->defaultExpression.clear();
        if (stmt.contains(u"def")) {
            const qsizetype keyword = sqltext::findTopLevelKeyword(text.text, u"default");
            d->defaultExpression = cleanExpression(text.text.mid(keyword < 0 ? 0 : keyword + 7));
        }
        return Outcome::Modelled;
    }
    if (subtype == u"O" || subtype == u"N") { // SET NOT NULL / DROP NOT NULL
        d->notNull = subtype == u"O";
        return Outcome::Modelled;
    }
    if (subtype == u"C") { // ADD CONSTRAINT
        const QJsonObject c = inner(stmt.value(u"def").toObject());
        if (c.value(u"contype").toString() == u"CONSTR_NOTNULL") {
            d->notNull = true;
            return Outcome::Modelled;
        }
        if (c.value(u"contype").toString() != u"CONSTR_CHECK") {
            *message = QStringLiteral("constraint %1 of a domain is not modelled")
                           .arg(c.value(u"contype").toString());
            return Outcome::NotModelled;
        }
        return addDomainCheck(*d, c, sql, message) ? Outcome::Modelled : Outcome::NotModelled;
    }
    if (subtype == u"X") { // DROP CONSTRAINT
        const auto removed =
            d->checks.removeIf([&](const model::CheckConstraint& c) { return c.name == name; });
        if (removed > 0)
            return Outcome::Modelled;
        // PostgreSQL 17 names a domain's NOT NULL "<domain>_not_null".
        if (name == d->name + QStringLiteral("_not_null") && d->notNull) {
            d->notNull = false;
            return Outcome::Modelled;
        }
        *message =
            stmt.value(u"missing_ok").toBool()
                ? QStringLiteral("domain %1 has no constraint %2 (IF EXISTS)").arg(d->name, name)
                : QStringLiteral("domain %1 has no check constraint %2").arg(d->name, name);
        return Outcome::NotModelled;
    }
    if (subtype == u"V") // VALIDATE CONSTRAINT: the constraint is in the model either way
        return Outcome::Modelled;
    *message = QStringLiteral("ALTER DOMAIN (%1) is not modelled").arg(subtype);
    return Outcome::NotModelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::renameDomain(const QJsonObject& stmt,
                                                             QString* message)
{
    const QStringList names = strings(
        stmt.value(u"object").toObject().value(u"List").toObject().value(u"items").toArray());
    model::DomainType* d = findDomain(names);
    if (!d) {
        *message = QStringLiteral("domain %1 is not defined by this script").arg(names.join(u'.'));
        return Outcome::NotModelled;
    }
    const QString schema = schemaNameOf(m_model, d->schemaId);
    const QString newName = stmt.value(u"newname").toString();
    if (stmt.value(u"renameType").toString() == u"OBJECT_DOMCONSTRAINT") {
        const QString oldName = stmt.value(u"subname").toString();
        for (model::CheckConstraint& c : d->checks) {
            if (c.name == oldName) {
                c.name = newName;
                c.id = PostgresCatalogReader::domainCheckId(schema, d->name, newName);
                return Outcome::Modelled;
            }
        }
        *message = QStringLiteral("domain %1 has no check constraint %2").arg(d->name, oldName);
        return Outcome::NotModelled;
    }
    return reidentifyDomain(*d, schema, newName, message);
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::moveDomain(const QJsonObject& stmt,
                                                           QString* message)
{
    const QStringList names = strings(
        stmt.value(u"object").toObject().value(u"List").toObject().value(u"items").toArray());
    model::DomainType* d = findDomain(names);
    if (!d) {
        *message = QStringLiteral("domain %1 is not defined by this script").arg(names.join(u'.'));
        return Outcome::NotModelled;
    }
    const QString schema = stmt.value(u"newschema").toString();
    ensureSchema(schema);
    return reidentifyDomain(*d, schema, d->name, message);
}

// A domain's id follows its name (catalogid.h): a rename or SET SCHEMA gives it, its
// checks and every reference to it (columns, domains over it) the new one.
PostgresDdlBuilder::Outcome PostgresDdlBuilder::reidentifyDomain(model::DomainType& d,
                                                                 const QString& schema,
                                                                 const QString& name,
                                                                 QString* message)
{
    const core::Id id = catalogId(u"dom", {schema, name});
    if (id != d.id &&
        (m_model.domainType(id) || m_model.enumType(catalogId(u"enm", {schema, name})))) {
        *message = QStringLiteral("type %1.%2 exists already").arg(schema, name);
        return Outcome::NotModelled;
    }
    const core::Id old = d.id;
    d.id = id;
    d.name = name;
    d.schemaId = catalogId(u"sch", {schema});
    for (model::CheckConstraint& c : d.checks)
        c.id = PostgresCatalogReader::domainCheckId(schema, name, c.name);
    for (model::DomainType& other : m_model.domains) {
        if (other.baseType.domainId == old)
            other.baseType.domainId = id;
    }
    for (model::Table& t : m_model.tables) {
        for (model::Column& c : t.columns) {
            if (c.type.domainId == old)
                c.type.domainId = id;
        }
    }
    return Outcome::Modelled;
}

PostgresDdlBuilder::Outcome PostgresDdlBuilder::dropDomains(const QJsonObject& stmt,
                                                            QString* message)
{
    QStringList problems;
    for (const QJsonValue& v : stmt.value(u"objects").toArray()) {
        const QStringList names = strings(inner(v.toObject()).value(u"names").toArray());
        const model::DomainType* d = findDomain(names);
        if (!d) {
            problems << QStringLiteral("domain %1 is not defined by this script%2")
                            .arg(names.join(u'.'), stmt.value(u"missing_ok").toBool()
                                                       ? QStringLiteral(" (IF EXISTS)")
                                                       : QString());
            continue;
        }
        // The server refuses to drop a domain in use, or (CASCADE) drops the columns using
        // it with their constraints: neither is modelled, the domain stays.
        QStringList users;
        for (const model::DomainType& other : std::as_const(m_model.domains)) {
            if (other.baseType.domainId == d->id)
                users << QStringLiteral("domain ") + other.name;
        }
        for (const model::Table& t : std::as_const(m_model.tables)) {
            for (const model::Column& c : t.columns) {
                if (c.type.domainId == d->id)
                    users << QStringLiteral("column ") + t.name + u'.' + c.name;
            }
        }
        if (!users.isEmpty()) {
            problems << QStringLiteral("domain %1 is used by %2; not dropped")
                            .arg(d->name, users.join(QStringLiteral(", ")));
            continue;
        }
        const core::Id id = d->id;
        m_model.domains.removeIf([&](const model::DomainType& x) { return x.id == id; });
    }
    if (!problems.isEmpty()) {
        *message = problems.join(QStringLiteral("; "));
        return Outcome::NotModelled;
    }
    return Outcome::Modelled;
}

void PostgresDdlBuilder::finishDomains(const QStringList& schemaFilter)
{
    PostgresCatalogReader::flattenNestedDomains(m_model, QStringLiteral("script-import"), &m_notes);
    QHash<core::Id, const model::DomainType*> byId;
    for (model::DomainType& d : m_model.domains) {
        d.defaultExpression = PostgresCatalogReader::domainDefault(d.defaultExpression, d.baseType);
        std::sort(d.checks.begin(), d.checks.end(),
                  [](const auto& a, const auto& b) { return a.name.toUtf8() < b.name.toUtf8(); });
        byId.insert(d.id, &d);
    }
    for (model::Table& t : m_model.tables) {
        const QString tableSchema = schemaNameOf(m_model, t.schemaId);
        for (model::Column& c : t.columns) {
            const model::DomainType* d = byId.value(c.type.domainId);
            if (!d)
                continue;
            const QString domainSchema = schemaNameOf(m_model, d->schemaId);
            if (schemaFilter.isEmpty() || schemaFilter.contains(domainSchema)) {
                c.type = d->baseType;
                c.type.domainId = d->id;
                // The live import reads a column's collation relative to its type's.
                if (c.collation == d->collation)
                    c.collation.clear();
                continue;
            }
            // As the live import reads it: format_type's name, qualified outside "public".
            const QString name =
                (domainSchema == u"public" ? QString() : domainSchema + u'.') + d->name;
            c.type = {};
            c.type.overrides.insert(QStringLiteral("postgres"), name);
            note(tableSchema + u'.' + t.name + u'.' + c.name,
                 QStringLiteral("domain %1 lies outside the schemas read or belongs to an "
                                "extension; kept as a postgres type override")
                     .arg(name),
                 c.id);
        }
    }
}

} // namespace schemata::sqlimport
