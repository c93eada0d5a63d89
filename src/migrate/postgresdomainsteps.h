#pragma once

#include "dialect/postgres/postgresdialect.h"
#include "migrate/plancontext.h"
#include "model/domaintype.h"

#include <QSet>

namespace schemata::migrate {

// The PostgreSQL planner's domain steps (CREATE/ALTER/DROP DOMAIN), kept apart from
// PostgresPlanner so neither grows past a readable size. Runs inside the planner's
// schemas-and-enums phases, so every statement sees the schemas and enums under their
// new names (created, renamed) and no table has been created, altered or renamed yet:
//
//   moves() / moveSql(): renames and SET SCHEMA of kept domains, which the planner orders
//   together with the enums' (types share a namespace) before anything below runs.
//
//   planCreatesAndAlters() (end of SchemasAndEnums): per kept domain either a rebuild
//   (base type or collation changed: PostgreSQL has no ALTER for them — the columns using
//   the domain go to the old base type, the domain is dropped and created again under its
//   new name, the columns come back with USING), or SET/DROP DEFAULT, SET/DROP NOT NULL, COMMENT ON
//   DOMAIN and its checks (DROP, RENAME, and ADD … NOT VALID with a
//   VALIDATE CONSTRAINT after the transaction under safe patterns); then CREATE DOMAIN
//   for new domains (after the enums they may be over, before the tables using them).
//
//   planDrops() (start of DropEnumsAndSchemas): DROP DOMAIN once the columns and tables
//   using it are gone, before the enums and schemas it depends on. A domain whose name a
//   kept or new type takes goes with planDrop() before the type renames instead.
class PostgresDomainSteps
{
public:
    PostgresDomainSteps(const dialect::postgres::PostgresDialect& dialect, PlanContext& ctx);

    void planCreatesAndAlters();
    // DROP DOMAIN for every dropped domain but those in `skip` (dropped earlier).
    void planDrops(const QSet<core::Id>& skip = {});
    // DROP DOMAIN for dropped domain `d` (old model); its down creates it again.
    void planDrop(const model::DomainType& d) const;

    // A kept domain renamed or moved to another schema (schema names as they are after the
    // schema renames). A rebuilt domain is listed too: it is renamed with the others, so a
    // swap can pass through a temporary name, and rebuilt under its new name afterwards.
    struct Move
    {
        const model::DomainType* from = nullptr;
        const model::DomainType* to = nullptr;
        QString oldSchema;
        QString newSchema;
        int change = -1;
    };
    QList<Move> moves() const;
    // ALTER DOMAIN … SET SCHEMA and/or RENAME TO, from nameA in schemaA to nameB in schemaB.
    QStringList moveSql(const QString& schemaA, const QString& nameA, const QString& schemaB,
                        const QString& nameB) const;

    // The domain's SQL name at the time the column steps run (after the renames): the
    // new model's name for a domain on the new side, else the old one under its schema's
    // new name. `domainId` is on `side`.
    QString nameForColumnSteps(Side side, const core::Id& domainId) const;

    // Enum `e` (old model) is rebuilt (values removed or reordered: renamed away, created
    // anew, the old type dropped): a domain over it would keep the old type alive. Before
    // the rebuild its columns go to text and the domain is dropped; after it the domain is
    // created again over the new type and the columns come back (USING). Old names: this
    // runs where the enum's values change, before any rename.
    static QStringList beforeEnumRebuild(const dialect::postgres::PostgresDialect& dialect,
                                         const PlanContext& ctx, const model::EnumType& e);
    static QStringList afterEnumRebuild(const dialect::postgres::PostgresDialect& dialect,
                                        const PlanContext& ctx, const model::EnumType& e);

    // Whether PostgreSQL must drop and re-create the domain to go from `from` to `to`
    // (its base type or collation changed; ids on their own sides).
    static bool needsRebuild(const PlanContext& ctx, const model::DomainType& from,
                             const model::DomainType& to);

private:
    struct DomainSql
    {
        QString name;     // qualified, quoted
        QString baseType; // the base type's SQL
        QString create;   // CREATE DOMAIN …
    };
    // The domain's SQL with the names schemas and enums have after the up's renames
    // (that is when every domain statement of the plan runs, up or down). `renamedAs`
    // (new side), for an old-side domain: under that domain's name and schema, as it is
    // once the type renames ran (a rebuild).
    DomainSql sqlNow(Side side, const model::DomainType& domain,
                     const model::DomainType* renamedAs = nullptr) const;
    QString schemaNow(Side side, const core::Id& schemaId) const;
    int changeOf(ObjectKind kind, const core::Id& fromId, const core::Id& toId) const;
    QString guard(QLatin1StringView clause) const;
    QString commentSql(const QString& name, const QString& comment) const;
    // Names PostgreSQL gives the checks of a fresh CREATE DOMAIN: the model's, or for an
    // unnamed check <domain>_check, <domain>_check1, … as PostgreSQL chooses them.
    QHash<core::Id, QString> checkNames(const model::DomainType& domain) const;

    void planRebuild(const model::DomainType& from, const model::DomainType& to);
    QStringList rebuildSql(const model::DomainType& before, Side beforeSide,
                           const model::DomainType& after, Side afterSide, bool up) const;
    void planAttributes(const model::DomainType& from, const model::DomainType& to);
    void planChecks(const model::DomainType& from, const model::DomainType& to);

    const dialect::postgres::PostgresDialect& m_pg;
    PlanContext& m_ctx;
};

} // namespace schemata::migrate
