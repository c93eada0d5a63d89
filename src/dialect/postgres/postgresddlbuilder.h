#pragma once

#include "dialect/ddlbuilder.h"
#include "dialect/postgres/postgresdialect.h"

namespace schemata::dialect::postgres {

// CREATE SCHEMA / TYPE / TABLE / INDEX / VIEW and COMMENT ON for PostgreSQL.
class PostgresDdlBuilder final : public DdlBuilder
{
public:
    PostgresDdlBuilder(const PostgresDialect& dialect, const model::Model& model);

protected:
    void emitPrelude() override;
    QString tableName(const model::Table& table) const override;
    QString viewName(const model::View& view) const override;
    TypeMapping mapType(const model::Column& column) const override;
    QString identityClause(const model::Table& table, const model::Column& column) override;
    QString generatedClause(const model::Table& table, const model::Column& column) override;
    void emitAfterTable(const model::Table& table) override;
    void emitIndex(const model::Table& table, const model::Index& index) override;
    void emitView(const model::View& view) override;
    bool expressionDefaultNeedsParentheses(const QString& expression) const override;

private:
    QString enumName(const model::EnumType& e) const;

    const PostgresDialect& m_pg;
};

} // namespace schemata::dialect::postgres
