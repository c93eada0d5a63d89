#pragma once

#include "dialect/ddlbuilder.h"
#include "dialect/mysql/mysqldialect.h"

#include <QHash>
#include <QSet>

namespace schemata::dialect::mysql {

// CREATE TABLE / INDEX / VIEW for MySQL 8 and MariaDB 11: unqualified names, inline
// ENUM and COMMENT, AUTO_INCREMENT, InnoDB/utf8mb4 table options; features InnoDB
// lacks are dropped or emulated with a warning.
class MysqlDdlBuilder final : public DdlBuilder
{
public:
    MysqlDdlBuilder(const MysqlDialect& dialect, const model::Model& model);

protected:
    void emitPrelude() override;
    TypeMapping mapType(const model::Column& column) const override;
    QString identityClause(const model::Table& table, const model::Column& column) override;
    QString collationSql(const model::Table& table, const model::Column& column) override;
    QString columnCommentClause(const model::Table& table, const model::Column& column) override;
    QString primaryKeyClause(const model::Table& table) override;
    QStringList extraTableElements(const model::Table& table) override;
    QString tableOptions(const model::Table& table) override;
    void emitIndex(const model::Table& table, const model::Index& index) override;
    QString referentialActionSql(const model::Table& table, const model::ForeignKey& fk,
                                 model::ReferentialAction action, ActionEvent event) override;
    QString deferrableClause(const model::Table& table, const model::ForeignKey& fk) override;
    void emitView(const model::View& view) override;
    QString currentTimestampSql(const model::Column& column) const override;
    bool expressionDefaultNeedsParentheses(const QString&) const override { return true; }
    bool literalDefaultNeedsParentheses(const TypeMapping& type) const override;
    QString keyColumnSql(const model::Table& table, const model::Column& column,
                         bool inIndex) override;

private:
    bool isKeyLeader(const model::Table& table, const core::Id& columnId) const;
    bool usedInCheck(const model::Table& table, const model::ForeignKey& fk);

    QHash<const model::Table*, QSet<QString>> m_checkedColumns; // per table, case-folded

    const MysqlDialect& m_my;
};

} // namespace schemata::dialect::mysql
