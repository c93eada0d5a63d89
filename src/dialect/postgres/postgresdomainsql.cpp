#include "dialect/postgres/postgresdomainsql.h"

#include "dialect/postgres/postgrestypemapper.h"
#include "dialect/sqltext.h"

namespace schemata::dialect::postgres {

namespace {

QString schemaNameOf(const model::ModelIndex& index, const core::Id& schemaId)
{
    const model::Schema* schema = index.schema(schemaId);
    return schema ? schema->name : QString();
}

} // namespace

QString domainName(const PostgresDialect& dialect, const model::ModelIndex& index,
                   const model::DomainType& domain)
{
    return dialect.qualifiedName(schemaNameOf(index, domain.schemaId), domain.name);
}

TypeMapping domainBaseTypeMapping(const PostgresDialect& dialect, const model::ModelIndex& index,
                                  const model::DomainType& domain)
{
    QString enumSql;
    if (domain.baseType.kind == model::LogicalType::Kind::Enum) {
        if (const model::EnumType* e = index.enumType(domain.baseType.enumId))
            enumSql = dialect.qualifiedName(schemaNameOf(index, e->schemaId), e->name);
    }
    return PostgresTypeMapper::map(domain.baseType, enumSql);
}

QString domainBaseTypeSql(const PostgresDialect& dialect, const model::ModelIndex& index,
                          const model::DomainType& domain)
{
    return domainBaseTypeMapping(dialect, index, domain).sql;
}

QString domainDefaultSql(const model::DomainType& domain)
{
    const QString expr = domain.defaultExpression.trimmed();
    if (expr.isEmpty() || isSimpleSqlTerm(expr) || isFullyParenthesized(expr))
        return expr;
    return u'(' + expr + u')';
}

QString domainCheckSql(const PostgresDialect& dialect, const model::CheckConstraint& check)
{
    const QString body = QStringLiteral("CHECK (%1)").arg(check.expression.trimmed());
    if (check.name.isEmpty())
        return body;
    return QStringLiteral("CONSTRAINT %1 %2").arg(dialect.quoteIdentifier(check.name), body);
}

QString createDomainSql(const PostgresDialect& dialect, const model::ModelIndex& index,
                        const model::DomainType& domain)
{
    QString sql =
        QStringLiteral("CREATE DOMAIN %1 AS %2")
            .arg(domainName(dialect, index, domain), domainBaseTypeSql(dialect, index, domain));
    if (!domain.collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + dialect.quoteIdentifier(domain.collation);
    const QString def = domainDefaultSql(domain);
    if (!def.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + def;
    if (domain.notNull)
        sql += QStringLiteral(" NOT NULL");
    for (const model::CheckConstraint& check : domain.checks)
        sql += u' ' + domainCheckSql(dialect, check);
    return sql;
}

} // namespace schemata::dialect::postgres
