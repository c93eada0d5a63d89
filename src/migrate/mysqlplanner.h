#pragma once

#include "dialect/mysql/mysqldialect.h"
#include "migrate/plannerbase.h"

namespace schemata::migrate {

// MySQL 8 and MariaDB 11 migrations. Not transactional: every DDL statement commits
// implicitly, so a failed step leaves the steps before it applied (the rendered script
// says so in its header); each step is one or a few ALTER TABLE statements so a failure
// is easy to resume from.
//
// With PlanOptions::safePatterns each ALTER TABLE names the online algorithm the change
// allows on both engines (MySQL 8.0 "Online DDL Operations", MariaDB "InnoDB Online DDL
// Operations with the INSTANT / INPLACE / NOCOPY Alter Algorithm"), so the server refuses
// instead of silently falling back to a table copy:
//   - ALGORITHM=INSTANT: ADD COLUMN (no AUTO_INCREMENT, no stored generated column, a
//     constant default), DROP COLUMN, SET/DROP DEFAULT, appending ENUM values;
//   - ALGORITHM=INPLACE, LOCK=NONE: RENAME COLUMN, RENAME INDEX, CREATE/DROP INDEX, ADD
//     UNIQUE, DROP FOREIGN KEY / CHECK, NULL ↔ NOT NULL, widening a VARCHAR within its
//     length-byte class;
//   - everything else (other type changes, ADD FOREIGN KEY and CHECK, which validate
//     every row, DROP PRIMARY KEY) copies the table: the plan carries a warning naming it.
// Guards: MySQL has IF [NOT] EXISTS only for tables and views; MariaDB also for columns,
// indexes and constraints, and gets them there.
class MysqlPlanner final : public PlannerBase
{
public:
    explicit MysqlPlanner(dialect::mysql::MysqlDialect::Flavor flavor);

protected:
    void planFrame(PlanContext& ctx) const override;

    QStringList renameTableSql(const PlanContext& ctx, const model::Table& fromTable,
                               const model::Table& toTable) const override;
    QStringList renameTableNameSql(const PlanContext& ctx, const model::Table& toTable,
                                   const QString& fromName, const QString& toName) const override;
    QStringList renameViewSql(const PlanContext& ctx, const model::View& fromView,
                              const model::View& toView) const override;
    QStringList renameViewNameSql(const PlanContext& ctx, const model::View& toView,
                                  const QString& fromName, const QString& toName) const override;
    QString renameColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                            const QString& fromName, const QString& toName) const override;
    QStringList renameMemberSql(const PlanContext& ctx, ObjectKind kind,
                                const model::Table& toTable, const QString& fromName,
                                const QString& toName) const override;
    QStringList addColumnSql(PlanContext& ctx, Side side, const model::Table& table,
                             const model::Column& column,
                             const QString& tableSqlName) const override;
    QString dropColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                          const QString& columnName) const override;
    bool enumValuesInColumnType() const override { return true; }
    QString restoredColumnFill(const PlanContext& ctx, const model::Column& column) const override;
    QStringList alterColumnSql(PlanContext& ctx, Side beforeSide, const model::Table& beforeTable,
                               const model::Column& before, Side afterSide,
                               const model::Table& afterTable, const model::Column& after,
                               const QString& tableSqlName) const override;
    QStringList tableCommentSql(const PlanContext& ctx, Side side, const model::Table& table,
                                const QString& tableSqlName) const override;
    QStringList addConstraintSql(PlanContext& ctx, Side side, ObjectKind kind,
                                 const model::Table& table, const core::Id& objectId,
                                 const QString& tableSqlName, bool existingTable) const override;
    QStringList addCarriedCheckSql(PlanContext& ctx, Side side, const model::Table& table,
                                   const QString& name, const QString& clause,
                                   const QString& tableSqlName) const override;
    QStringList dropConstraintSql(const PlanContext& ctx, Side side, ObjectKind kind,
                                  const model::Table& table, const core::Id& objectId,
                                  const QString& tableSqlName, const QString& name) const override;
    QStringList createIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                               const model::Index& index) const override;
    QString dropIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                         const QString& indexName) const override;

private:
    bool isMariaDb() const { return m_flavor == dialect::mysql::MysqlDialect::Flavor::MariaDb; }
    // ", ALGORITHM=…" for an ALTER TABLE when safe patterns are on, else empty.
    QString algorithm(const PlanContext& ctx, QLatin1StringView clause) const;
    QString guard(const PlanContext& ctx, QLatin1StringView clause) const; // MariaDB only
    // Warns (up direction only) that the statement copies the table.
    void warnCopy(PlanContext& ctx, Side side, const QString& path, const QString& what,
                  const core::Id& objectId) const;
    // Whether a key or index of `table` (on `side`) starts with the foreign key's columns,
    // so InnoDB did not create an index of its own for it.
    bool foreignKeyHasOwnIndex(const PlanContext& ctx, Side side, const model::Table& table,
                               const core::Id& foreignKeyId) const;

    dialect::mysql::MysqlDialect::Flavor m_flavor;
};

} // namespace schemata::migrate
