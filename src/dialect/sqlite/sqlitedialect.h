#pragma once

#include "dialect/dialect.h"

namespace schemata::dialect::sqlite {

// SQLite 3.4x.
class SqliteDialect final : public Dialect
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
};

} // namespace schemata::dialect::sqlite
