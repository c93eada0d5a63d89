#pragma once

#include "dialect/ddlfragments.h"
#include "model/diagnostic.h"
#include "model/model.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace schemata::dialect {

// One generated statement, tied to the model object it creates (for previews that
// jump to the object, and for migration planning later).
struct DdlStatement
{
    QString sql; // without trailing ';'
    core::Id objectId;
};

struct DdlScript
{
    QList<DdlStatement> statements;
    model::Diagnostics warnings; // emulations and dropped features, with object paths
    QString dialectDisplayName;  // for the header comment of toSql(); set by createScript()
    DdlFragments fragments;      // column definitions, constraint clauses, names (migrations)

    // All statements, each terminated by ";\n", separated by blank lines, with a
    // header comment naming the dialect. Deterministic.
    QString toSql() const;
};

// What a dialect can express; drives validation and generation.
struct Capabilities
{
    bool schemas = false;
    bool nativeEnums = false;
    bool domains = false; // CREATE DOMAIN; without it columns carry their domain's rules
    bool partialIndexes = false;
    bool expressionIndexes = false;
    bool includeColumns = false;
    bool nullsOrder = false;
    bool deferrableConstraints = false;
    bool alterAddForeignKey = false;
    bool transactionalDdl = false;
    bool comments = false;      // stored in the catalog
    int maxIdentifierBytes = 0; // 0 = unlimited; PostgreSQL 63
    int maxIdentifierChars = 0; // MySQL 64
};

// A SQL dialect: quoting, type mapping, capabilities and DDL. Stateless and cheap;
// create one with createDialect() where needed (no global registry).
class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;        // "postgres", "mysql", "mariadb", "sqlite"
    virtual QString displayName() const = 0; // "PostgreSQL", "MySQL 8", "MariaDB 11", "SQLite 3"
    // KSyntaxHighlighting definition used by the SQL views for this dialect.
    virtual QString highlightingDefinition() const = 0;
    virtual Capabilities capabilities() const = 0;

    // Quotes only when needed (keywords, case, non-identifier characters), always
    // producing something the engine reads back as exactly `identifier`.
    virtual QString quoteIdentifier(QStringView identifier) const = 0;
    virtual QString quoteLiteral(QStringView text) const = 0;

    // The SQL type for a column of this logical type, honouring overrides; emulated
    // types produce a warning (through createScript/validate).
    virtual QString typeSql(const model::LogicalType& type, const model::Model& model) const = 0;

    // CREATE statements for the whole model in dependency order.
    virtual DdlScript createScript(const model::Model& model) const = 0;

    // Dialect-specific findings: identifiers too long, features this dialect lacks,
    // names that collide once schemas are flattened.
    virtual model::Diagnostics validate(const model::Model& model) const = 0;
};

// "postgres" (aliases "postgresql", "pg"), "mysql", "mariadb", "sqlite" (alias "sqlite3").
// Returns nullptr for an unknown name.
std::unique_ptr<Dialect> createDialect(QStringView name);
QStringList dialectNames(); // canonical names, in UI order

} // namespace schemata::dialect
