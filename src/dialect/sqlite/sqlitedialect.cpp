#include "dialect/sqlite/sqlitedialect.h"

#include "dialect/dialectvalidator.h"
#include "dialect/sqlite/sqliteddlbuilder.h"
#include "dialect/sqlite/sqlitekeywords.h"
#include "dialect/sqlite/sqlitetypemapper.h"
#include "dialect/sqltext.h"

namespace schemata::dialect::sqlite {

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::displayName() const
{
    return QStringLiteral("SQLite 3");
}

QString SqliteDialect::highlightingDefinition() const
{
    return QStringLiteral("SQL"); // KSyntaxHighlighting has no SQLite-specific definition
}

Capabilities SqliteDialect::capabilities() const
{
    Capabilities c;
    c.schemas = false; // attached databases are not schemas; names are emitted unqualified
    c.nativeEnums = false;
    c.partialIndexes = true;
    c.expressionIndexes = true;
    c.includeColumns = false;
    c.nullsOrder = false;           // ORDER BY only; CREATE INDEX rejects NULLS FIRST/LAST
    c.deferrableConstraints = true; // foreign keys only
    c.alterAddForeignKey = false;
    c.transactionalDdl = true;
    c.comments = false; // kept only as -- lines in the stored CREATE text
    return c;
}

QString SqliteDialect::quoteIdentifier(QStringView identifier) const
{
    if (isPlainIdentifier(identifier) && !containsKeyword(sqliteKeywords(), identifier))
        return identifier.toString();
    return quoteDelimited(identifier, u'"');
}

QString SqliteDialect::quoteLiteral(QStringView text) const
{
    return quoteStringLiteral(text, false, QLatin1StringView("char"));
}

QString SqliteDialect::typeSql(const model::LogicalType& type, const model::Model&) const
{
    return SqliteTypeMapper::map(type).sql;
}

DdlScript SqliteDialect::createScript(const model::Model& model) const
{
    return SqliteDdlBuilder(*this, model).build();
}

model::Diagnostics SqliteDialect::validate(const model::Model& model) const
{
    model::Diagnostics out = DialectValidator(*this, model).run();
    out += createScript(model).warnings;
    return out;
}

} // namespace schemata::dialect::sqlite
