#pragma once

#include "dialect/dialect.h"
#include "migrate/plancontext.h"
#include "migrate/planner.h"

#include <memory>

namespace schemata::migrate {

// The planner shared by every dialect. plan() walks the change set in a fixed
// sequence of phases, so that every statement runs when what it needs exists and
// what it removes is no longer referenced:
//
//   drop views (changed ones and those over changed tables), drop foreign keys,
//   drop tables (dependents first), drop constraints and indexes, drop columns,
//   schemas and enums (create, rename, values), renames (tables and views, then columns,
//   constraints, indexes), alter columns, add columns, add constraints and indexes on kept
//   tables, create tables (creation order), add foreign keys, create views,
//   drop enums and schemas, then the dialect's finishing steps (validation …).
//
// Up to the rename phase statements name objects as in the old model, after it as in
// the new one; every step's down runs in the state its up left, so it is written for
// that naming too. Each step's down is the reverse of its up; the down of a DROP is the
// CREATE from the old model's DDL.
//
// Dialects derive and override the statement hooks where their SQL differs; a dialect
// that must rebuild tables (SQLite) overrides planTableRebuild() and takes the table's
// member changes over.
class PlannerBase : public Planner
{
public:
    explicit PlannerBase(std::unique_ptr<dialect::Dialect> dialect);
    ~PlannerBase() override;

    QString dialectName() const override;
    Plan plan(const ChangeSet& changes, const model::Model& from, const model::Model& to,
              const PlanOptions& options = {}) const override;

    const dialect::Dialect& dialect() const { return *m_dialect; }

    // Phases of plan(), in order; passed to the member hooks.
    enum class Phase
    {
        DropViews,
        DropForeignKeys,
        DropTables,
        DropConstraints,
        DropColumns,
        SchemasAndEnums,
        Renames,
        AlterColumns,
        AddColumns,
        AddConstraints,
        CreateTables,
        AddForeignKeys,
        CreateViews,
        DropEnumsAndSchemas,
        Finish,
    };

    // The member changes of one table that exists on both sides.
    struct TableDelta
    {
        const model::Table* from = nullptr;
        const model::Table* to = nullptr;
        QList<int> changeIndexes; // into ChangeSet::changes, in change-set order
    };

protected:
    QString q(QStringView identifier) const { return m_dialect->quoteIdentifier(identifier); }
    QString lit(QStringView text) const { return m_dialect->quoteLiteral(text); }

    // ---- whole-plan hooks ----------------------------------------------------------
    // Sets Plan::transactional and the prologues/epilogues.
    virtual void planFrame(PlanContext& ctx) const;
    // Schemas and native enums: create, rename, change values (SchemasAndEnums) and drop
    // (DropEnumsAndSchemas). The default does nothing (no schemas, inline enums).
    virtual void planSchemasAndEnums(PlanContext& ctx, Phase phase) const;
    // Steps after everything else (PostgreSQL: VALIDATE CONSTRAINT, concurrent indexes).
    virtual void planFinish(PlanContext&) const {}
    // A table whose member changes the dialect cannot express as ALTER TABLE: return true
    // after adding the steps that rebuild it; the base then skips its member changes.
    // Called once per kept table with changes, in the AlterColumns phase.
    virtual bool planTableRebuild(PlanContext&, const TableDelta&) const { return false; }

    // ---- statement hooks -------------------------------------------------------------
    virtual QString dropTableSql(const PlanContext& ctx, const QString& tableSqlName) const;
    virtual QString dropViewSql(const PlanContext& ctx, const QString& viewSqlName) const;
    // Statements renaming/moving a table; `fromTable` is in the old model, `toTable` in the new.
    virtual QStringList renameTableSql(const PlanContext& ctx, const model::Table& fromTable,
                                       const model::Table& toTable) const;
    // Renames a kept table within its new schema (after schema renames) from `fromName`
    // to `toName`, unquoted; used for the legs through a temporary name of a swap.
    virtual QStringList renameTableNameSql(const PlanContext& ctx, const model::Table& toTable,
                                           const QString& fromName, const QString& toName) const;
    // Constraints and indexes whose names can collide share a namespace; the default is
    // one per table (PostgreSQL: indexes and the keys behind them are unique per schema).
    virtual QString memberNamespace(const PlanContext& ctx, ObjectKind kind,
                                    const model::Table& toTable) const;
    virtual QStringList renameViewSql(const PlanContext& ctx, const model::View& fromView,
                                      const model::View& toView) const;
    // Renames a kept view within its schema from `fromName` to `toName`, unquoted; used
    // for the legs through a temporary name of a swap (like renameTableNameSql).
    virtual QStringList renameViewNameSql(const PlanContext& ctx, const model::View& toView,
                                          const QString& fromName, const QString& toName) const;
    virtual QString renameColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                                    const QString& fromName, const QString& toName) const;
    // Renames a constraint or index in place; empty = the dialect cannot, so the planner
    // drops and re-adds it.
    virtual QStringList renameMemberSql(const PlanContext& ctx, ObjectKind kind,
                                        const model::Table& toTable, const QString& fromName,
                                        const QString& toName) const;
    // ADD COLUMN for `column` of `table` on `side` (definition from that side's DDL).
    virtual QStringList addColumnSql(PlanContext& ctx, Side side, const model::Table& table,
                                     const model::Column& column,
                                     const QString& tableSqlName) const;
    virtual QString dropColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                                  const QString& columnName) const;
    // What existing rows hold when the down of a column drop brings back a NOT NULL column
    // without a default (addColumnSql on the From side), for the IRREVERSIBLE comment:
    // the backfill value the up of an added NOT NULL column writes.
    // Whether an enum's values are part of each column's type (MySQL ENUM(…)), so a column
    // alter changes them; PostgreSQL alters the enum type itself.
    virtual bool enumValuesInColumnType() const { return false; }
    virtual QString restoredColumnFill(const PlanContext& ctx, const model::Column& column) const;
    // Changes column `before` into `after` (same table, named `tableSqlName`, the column
    // named as `after` already). Used for the up (beforeSide From) and the down (To);
    // empty when nothing differs in SQL.
    virtual QStringList alterColumnSql(PlanContext& ctx, Side beforeSide,
                                       const model::Table& beforeTable, const model::Column& before,
                                       Side afterSide, const model::Table& afterTable,
                                       const model::Column& after,
                                       const QString& tableSqlName) const = 0;
    virtual QStringList tableCommentSql(const PlanContext& ctx, Side side,
                                        const model::Table& table,
                                        const QString& tableSqlName) const;
    // ADD of a key, check or foreign key from `side`'s DDL. `existingTable`: the table
    // held rows before this migration (safe patterns apply).
    virtual QStringList addConstraintSql(PlanContext& ctx, Side side, ObjectKind kind,
                                         const model::Table& table, const core::Id& objectId,
                                         const QString& tableSqlName, bool existingTable) const;
    // ADD of a CHECK a column carries from its domain (DdlFragments::carriedChecks; dialects
    // without domains), named `name`, `clause` as inside CREATE TABLE.
    virtual QStringList addCarriedCheckSql(PlanContext& ctx, Side side, const model::Table& table,
                                           const QString& name, const QString& clause,
                                           const QString& tableSqlName) const;
    // DROP of a key, check or foreign key of `table` on `side`.
    virtual QStringList dropConstraintSql(const PlanContext& ctx, Side side, ObjectKind kind,
                                          const model::Table& table, const core::Id& objectId,
                                          const QString& tableSqlName, const QString& name) const;
    // CREATE INDEX from `side`'s DDL (may be several statements, or none when the dialect
    // leaves the index out).
    virtual QStringList createIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                                       const model::Index& index) const;
    virtual QString dropIndexSql(const PlanContext& ctx, Side side, const model::Table& table,
                                 const QString& indexName) const;
    // Whether the dialect drops and re-creates domain `from` to make it `to` (PostgreSQL,
    // for a new base type or collation): the columns using it change type, so views over
    // their tables are dropped first and created again. Dialects without domains: false.
    virtual bool rebuildsDomain(const PlanContext&, const model::DomainType&,
                                const model::DomainType&) const
    {
        return false;
    }
    // Whether the index steps run outside the transaction (CONCURRENTLY) for this table.
    virtual bool indexStepOutsideTransaction(const PlanContext&, const model::Table&,
                                             const model::Index&, bool) const
    {
        return false;
    }

    // ---- helpers for derived planners ------------------------------------------------
    static QString pathOf(const PlanContext& ctx, Side side, const model::Table& table,
                          QStringView member = {});
    // Every kept table's member changes, in the new model's table order.
    QList<TableDelta> tableDeltas(const PlanContext& ctx) const;

private:
    struct State;
    void planViews(PlanContext& ctx, State& state, Phase phase) const;
    void planForeignKeyDrops(PlanContext& ctx, State& state) const;
    void planTableDrops(PlanContext& ctx, State& state) const;
    void planMemberDrops(PlanContext& ctx, State& state, bool columns) const;
    void planRenames(PlanContext& ctx, State& state) const;
    void planColumnAlters(PlanContext& ctx, State& state) const;
    void planColumnAdds(PlanContext& ctx, State& state) const;
    void planMemberAdds(PlanContext& ctx, State& state) const;
    void planTableCreates(PlanContext& ctx, State& state) const;
    void planForeignKeyAdds(PlanContext& ctx, State& state) const;

    std::unique_ptr<dialect::Dialect> m_dialect;
};

} // namespace schemata::migrate
