#pragma once

#include "dialect/postgres/postgresdialect.h"
#include "migrate/plannerbase.h"

#include <QHash>
#include <QSet>

namespace schemata::migrate {

// PostgreSQL 16/17 migrations. DDL is transactional: the steps run inside BEGIN/COMMIT,
// except what PostgreSQL refuses inside a transaction block or what the safe patterns
// move out of it on purpose (PlanOptions::safePatterns):
//   - SET lock_timeout / statement_timeout before everything;
//   - CREATE/DROP INDEX CONCURRENTLY for indexes of tables that already exist (dropped
//     before the transaction, created after it);
//   - foreign keys and checks on existing tables added NOT VALID inside the transaction
//     and validated after it (VALIDATE takes a lock that lets reads and writes go on);
//   - SET NOT NULL through a NOT VALID CHECK (c IS NOT NULL), validated after the
//     transaction, then SET NOT NULL (which uses the validated check instead of a scan)
//     and DROP of the helper check;
//   - a NOT NULL column without default on an existing table is added nullable,
//     backfilled (UPDATE … SET c = default or the type's zero value) and then made
//     NOT NULL the same safe way;
//   - domains (PostgresDomainSteps): CREATE/ALTER/DROP DOMAIN, checks added NOT VALID
//     and validated after the transaction, a rebuild when the base type changes;
//   - enum values appended with ALTER TYPE … ADD VALUE, before the transaction when the
//     migration uses the new value (PostgreSQL cannot use a value added in the same
//     transaction). Removing or reordering values rebuilds the type.
// Guards (IF [NOT] EXISTS) go on every DROP, on CREATE INDEX and ADD COLUMN.
class PostgresPlanner final : public PlannerBase
{
public:
    PostgresPlanner();

protected:
    void planFrame(PlanContext& ctx) const override;
    void planSchemasAndEnums(PlanContext& ctx, Phase phase) const override;
    void planFinish(PlanContext& ctx) const override;

    QStringList renameTableSql(const PlanContext& ctx, const model::Table& fromTable,
                               const model::Table& toTable) const override;
    QStringList renameTableNameSql(const PlanContext& ctx, const model::Table& toTable,
                                   const QString& fromName, const QString& toName) const override;
    QString memberNamespace(const PlanContext& ctx, ObjectKind kind,
                            const model::Table& toTable) const override;
    QStringList renameViewSql(const PlanContext& ctx, const model::View& fromView,
                              const model::View& toView) const override;
    QStringList renameViewNameSql(const PlanContext& ctx, const model::View& toView,
                                  const QString& fromName, const QString& toName) const override;
    QStringList renameMemberSql(const PlanContext& ctx, ObjectKind kind,
                                const model::Table& toTable, const QString& fromName,
                                const QString& toName) const override;
    QStringList addColumnSql(PlanContext& ctx, Side side, const model::Table& table,
                             const model::Column& column,
                             const QString& tableSqlName) const override;
    QString dropColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                          const QString& columnName) const override;
    QStringList alterColumnSql(PlanContext& ctx, Side beforeSide, const model::Table& beforeTable,
                               const model::Column& before, Side afterSide,
                               const model::Table& afterTable, const model::Column& after,
                               const QString& tableSqlName) const override;
    QStringList tableCommentSql(const PlanContext& ctx, Side side, const model::Table& table,
                                const QString& tableSqlName) const override;
    QStringList addConstraintSql(PlanContext& ctx, Side side, ObjectKind kind,
                                 const model::Table& table, const core::Id& objectId,
                                 const QString& tableSqlName, bool existingTable) const override;
    QStringList dropConstraintSql(const PlanContext& ctx, Side side, ObjectKind kind,
                                  const model::Table& table, const core::Id& objectId,
                                  const QString& tableSqlName, const QString& name) const override;
    QStringList createIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                               const model::Index& index) const override;
    QString dropIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                         const QString& indexName) const override;
    bool indexStepOutsideTransaction(const PlanContext& ctx, const model::Table& table,
                                     const model::Index& index, bool adding) const override;
    bool rebuildsDomain(const PlanContext& ctx, const model::DomainType& from,
                        const model::DomainType& to) const override;

private:
    const dialect::postgres::PostgresDialect& pg() const;
    // The name a schema has from the schema phase on (renamed schemas have their new name).
    QString schemaNameAfterRenames(const PlanContext& ctx, Side side,
                                   const core::Id& schemaId) const;
    QString qualifiedAfterRenames(const PlanContext& ctx, Side side, const core::Id& schemaId,
                                  const QString& name) const;
    // Identity sequences (<table>_<column>_seq) that follow a table or column rename, in
    // the new model's order: schema, old name, new name, the column (new side).
    struct SequenceRename
    {
        QString schema;
        QString from;
        QString to;
        core::Id columnId;
    };
    QList<SequenceRename> sequenceRenames(const PlanContext& ctx) const;
    // The sequence renames of a column's alter step (up, or down when `up` is false).
    QStringList sequenceRenameSql(const PlanContext& ctx, bool up, const core::Id& toColumnId,
                                  const QString& schema, const QString& fromName,
                                  const QString& toName) const;
    // Renames and schema moves of kept enums and domains, ordered through orderRenames()
    // (in postgresplannertyperenames.cpp): enums and domains are types, whose names share
    // one namespace per schema, so two of them swapping names pass through a temporary
    // name. Runs in the SchemasAndEnums phase after the schema renames.
    void planTypeRenames(PlanContext& ctx) const;
    // Dropped enums and domains (old-model ids) whose name a kept or new type takes in
    // this migration (postgresplannertyperenames.cpp). The type drops come at the end of
    // the plan, after the rename or CREATE that needs the name, so: `early` ones, which
    // nothing uses once the drop phases ran, are dropped before the type renames; `parked`
    // enums, which a kept column uses until its alter, are renamed to a temporary name
    // (the value) before the type renames and dropped under it at the end.
    struct TypeDrops
    {
        QSet<core::Id> early;
        QHash<core::Id, QString> parked;
    };
    TypeDrops typeDrops(const PlanContext& ctx) const;
    void planEnumPark(PlanContext& ctx, const model::EnumType& e, const QString& temporary) const;
    // DROP TYPE of dropped enum `e` (old model), under `parkedAs` when set; its down
    // creates it again.
    void planEnumDrop(PlanContext& ctx, const model::EnumType& e,
                      const QString& parkedAs = {}) const;
    QString notNullCheckName(const PlanContext& ctx, const model::Table& table,
                             const model::Column& column) const;
    // Statements that turn enum `e` (old values) into `values`, converting every column
    // of the old model that still uses it.
    QStringList rebuildEnumSql(const PlanContext& ctx, const model::EnumType& e,
                               const QStringList& values) const;
    QString guard(const PlanContext& ctx, QLatin1StringView clause) const;
};

} // namespace schemata::migrate
