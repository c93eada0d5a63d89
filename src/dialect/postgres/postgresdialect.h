#pragma once

#include "dialect/dialect.h"

namespace schemata::dialect::postgres {

// PostgreSQL 16/17.
class PostgresDialect final : public Dialect
{
public:
    QString name() const override;
    QString displayName() const override;
    QString highlightingDefinition() const override;
    Capabilities capabilities() const override;
    QString quoteIdentifier(QStringView identifier) const override;
    QString quoteLiteral(QStringView text) const override;
    QString typeSql(const model::LogicalType& type, const model::Model& model) const override;
    DdlScript createScript(const model::Model& model) const override;
    model::Diagnostics validate(const model::Model& model) const override;

    // Schema-qualified, quoted name; "public" is left implicit.
    QString qualifiedName(const QString& schemaName, const QString& objectName) const;
};

} // namespace schemata::dialect::postgres
