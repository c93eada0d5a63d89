#pragma once

#include "dialect/dialect.h"

namespace schemata::dialect::mysql {

// MySQL 8 and MariaDB 11: one implementation, with a flavour for what differs
// (native UUID and no functional index key parts on MariaDB, TEXT defaults on MySQL).
class MysqlDialect final : public Dialect
{
public:
    enum class Flavor
    {
        MySql,
        MariaDb
    };

    explicit MysqlDialect(Flavor flavor);

    Flavor flavor() const { return m_flavor; }
    bool isMariaDb() const { return m_flavor == Flavor::MariaDb; }

    QString name() const override;
    QString displayName() const override;
    QString highlightingDefinition() const override;
    Capabilities capabilities() const override;
    QString quoteIdentifier(QStringView identifier) const override;
    QString quoteLiteral(QStringView text) const override;
    QString typeSql(const model::LogicalType& type, const model::Model& model) const override;
    DdlScript createScript(const model::Model& model) const override;
    model::Diagnostics validate(const model::Model& model) const override;

private:
    Flavor m_flavor;
};

} // namespace schemata::dialect::mysql
