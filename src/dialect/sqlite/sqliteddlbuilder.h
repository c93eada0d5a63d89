#pragma once

#include "dialect/ddlbuilder.h"
#include "dialect/sqlite/sqlitedialect.h"

namespace schemata::dialect::sqlite {

// CREATE TABLE / INDEX / VIEW for SQLite. Every foreign key is inline (SQLite cannot
// ADD CONSTRAINT later and does not check targets when a table is created); comments
// become "--" lines inside CREATE TABLE, which SQLite keeps verbatim in sqlite_schema.
class SqliteDdlBuilder final : public DdlBuilder
{
public:
    SqliteDdlBuilder(const SqliteDialect& dialect, const model::Model& model);

protected:
    void emitPrelude() override;
    TypeMapping mapType(const model::Column& column) const override;
    QString identityClause(const model::Table& table, const model::Column& column) override;
    QString collationSql(const model::Table& table, const model::Column& column) override;
    QString leadingComment(QStringView comment) const override;
    bool columnIsPrimaryKeyAlias(const model::Table& table,
                                 const model::Column& column) const override;
    QString primaryKeyClause(const model::Table& table) override;
    void emitIndex(const model::Table& table, const model::Index& index) override;
    bool foreignKeysAlwaysInline() const override { return true; }
    void emitView(const model::View& view) override;
    QString currentTimestampSql(const model::Column& column) const override;
    bool expressionDefaultNeedsParentheses(const QString&) const override { return true; }
};

} // namespace schemata::dialect::sqlite
