#include "dialect/postgres/postgresdialect.h"

#include "dialect/dialectvalidator.h"
#include "dialect/postgres/postgresddlbuilder.h"
#include "dialect/postgres/postgreskeywords.h"
#include "dialect/postgres/postgrestypemapper.h"
#include "dialect/sqltext.h"

namespace schemata::dialect::postgres {

QString PostgresDialect::name() const
{
    return QStringLiteral("postgres");
}

QString PostgresDialect::displayName() const
{
    return QStringLiteral("PostgreSQL");
}

QString PostgresDialect::highlightingDefinition() const
{
    return QStringLiteral("SQL (PostgreSQL)");
}

Capabilities PostgresDialect::capabilities() const
{
    Capabilities c;
    c.schemas = true;
    c.nativeEnums = true;
    c.domains = true;
    c.partialIndexes = true;
    c.expressionIndexes = true;
    c.includeColumns = true;
    c.nullsOrder = true;
    c.deferrableConstraints = true;
    c.alterAddForeignKey = true;
    c.transactionalDdl = true;
    c.comments = true;
    c.maxIdentifierBytes = 63; // NAMEDATALEN - 1; longer names are truncated silently
    return c;
}

QString PostgresDialect::quoteIdentifier(QStringView identifier) const
{
    if (isPlainIdentifier(identifier) && !containsKeyword(postgresKeywords(), identifier))
        return identifier.toString();
    return quoteDelimited(identifier, u'"');
}

QString PostgresDialect::quoteLiteral(QStringView text) const
{
    // standard_conforming_strings is on (the default since 9.1): backslash is ordinary.
    return quoteStringLiteral(text, false, QLatin1StringView("chr"));
}

QString PostgresDialect::qualifiedName(const QString& schemaName, const QString& objectName) const
{
    if (schemaName.isEmpty() || schemaName == u"public")
        return quoteIdentifier(objectName);
    return quoteIdentifier(schemaName) + u'.' + quoteIdentifier(objectName);
}

QString PostgresDialect::typeSql(const model::LogicalType& type, const model::Model& model) const
{
    if (!type.domainId.isNull()) {
        if (const model::DomainType* d = model.domainType(type.domainId)) {
            const model::Schema* s = model.schema(d->schemaId);
            return qualifiedName(s ? s->name : QString(), d->name);
        }
    }
    QString enumSql;
    if (type.kind == model::LogicalType::Kind::Enum) {
        if (const model::EnumType* e = model.enumType(type.enumId)) {
            const model::Schema* s = model.schema(e->schemaId);
            enumSql = qualifiedName(s ? s->name : QString(), e->name);
        }
    }
    return PostgresTypeMapper::map(type, enumSql).sql;
}

DdlScript PostgresDialect::createScript(const model::Model& model) const
{
    return PostgresDdlBuilder(*this, model).build();
}

model::Diagnostics PostgresDialect::validate(const model::Model& model) const
{
    model::Diagnostics out = DialectValidator(*this, model).run();
    out += createScript(model).warnings;
    return out;
}

} // namespace schemata::dialect::postgres
