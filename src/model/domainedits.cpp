#include "model/domainedits.h"

#include <QCoreApplication>
#include <algorithm>

namespace schemata::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::model::DomainEdits", text);
}

core::Error domainError(const Model& model, const DomainType& domain, const QString& message)
{
    return core::Error{domainQualifiedName(model, domain), message};
}

} // namespace

QString domainQualifiedName(const Model& model, const DomainType& domain)
{
    const Schema* schema = model.schema(domain.schemaId);
    return schema ? schema->name + QLatin1Char('.') + domain.name : domain.name;
}

LogicalType domainColumnType(const DomainType& domain)
{
    LogicalType type = domain.baseType;
    type.domainId = domain.id;
    return type;
}

QList<DomainUse> domainUses(const Model& model, const core::Id& domainId)
{
    QList<DomainUse> uses;
    if (domainId.isNull())
        return uses;
    for (const Table& table : model.tables) {
        for (const Column& column : table.columns) {
            if (column.type.domainId == domainId) {
                const Schema* schema = model.schema(table.schemaId);
                const QString prefix = schema ? schema->name + QLatin1Char('.') : QString();
                uses.append(DomainUse{table.id, column.id,
                                      prefix + table.name + QLatin1Char('.') + column.name});
            }
        }
    }
    return uses;
}

core::Status checkDomain(const Model& model, const DomainType& domain)
{
    if (domain.id.isNull())
        return domainError(model, domain, tr("a domain needs an id"));
    if (domain.name.trimmed().isEmpty())
        return domainError(model, domain, tr("a domain needs a name"));
    if (!model.schema(domain.schemaId))
        return domainError(model, domain, tr("the domain's schema does not exist"));
    if (!domain.baseType.domainId.isNull())
        return domainError(model, domain,
                           tr("the base type cannot be a domain (PostgreSQL would accept it, "
                              "but the model keeps one level so columns can repeat the base)"));
    if (domain.baseType.kind == LogicalType::Kind::Enum && !model.enumType(domain.baseType.enumId))
        return domainError(model, domain, tr("the base type names an enum that does not exist"));
    // Domains and enums share PostgreSQL's type namespace within a schema.
    for (const DomainType& other : model.domains) {
        if (other.id != domain.id && other.schemaId == domain.schemaId && other.name == domain.name)
            return domainError(model, domain, tr("the schema already has a domain of that name"));
    }
    for (const EnumType& other : model.enums) {
        if (other.schemaId == domain.schemaId && other.name == domain.name)
            return domainError(model, domain, tr("the schema already has an enum of that name"));
    }
    for (qsizetype i = 0; i < domain.checks.size(); ++i) {
        if (domain.checks[i].expression.trimmed().isEmpty())
            return domainError(model, domain, tr("check %1 has no expression").arg(i + 1));
    }
    return {};
}

core::Status addDomain(Model& model, const DomainType& domain)
{
    if (model.domainType(domain.id))
        return domainError(model, domain, tr("a domain with this id already exists"));
    if (const core::Status ok = checkDomain(model, domain); !ok)
        return ok;
    model.domains.append(domain);
    return {};
}

core::Status updateDomain(Model& model, const DomainType& domain)
{
    const auto it = std::find_if(model.domains.begin(), model.domains.end(),
                                 [&](const DomainType& d) { return d.id == domain.id; });
    if (it == model.domains.end())
        return core::Error{domain.id.toString(), tr("no such domain")};
    if (const core::Status ok = checkDomain(model, domain); !ok)
        return ok;
    *it = domain;
    // Keep the invariant: the columns repeat the new base type (pins included — the
    // domain's base decides what every dialect stores).
    for (Table& table : model.tables) {
        for (Column& column : table.columns) {
            if (column.type.domainId == domain.id)
                column.type = domainColumnType(domain);
        }
    }
    return {};
}

core::Status removeDomain(Model& model, const core::Id& domainId, QList<DomainUse>* changed)
{
    if (!model.domainType(domainId))
        return core::Error{domainId.toString(), tr("no such domain")};
    if (changed)
        *changed = domainUses(model, domainId);
    for (Table& table : model.tables) {
        for (Column& column : table.columns) {
            if (column.type.domainId == domainId)
                column.type.domainId = {};
        }
    }
    model.domains.removeIf([&](const DomainType& d) { return d.id == domainId; });
    return {};
}

} // namespace schemata::model
