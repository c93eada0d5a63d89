#include "model/validator.h"

#include "model/modelindex.h"
#include "model/validatorrules.h"
#include "model/validatorsupport.h"

#include <QHash>
#include <QSet>
#include <algorithm>

// Rule codes (stable: the UI, the CLI and suppression lists refer to them).
//  error   missing-id, duplicate-id, empty-name, unknown-schema, unknown-enum,
//          duplicate-schema-name, duplicate-relation-name, duplicate-type-name,
//          duplicate-column-name, duplicate-constraint-name, table-without-columns,
//          invalid-type-parameters, enum-column-without-enum, default-not-in-enum,
//          empty-default-expression, identity-non-integer, identity-with-default,
//          generated-with-default, generated-with-identity, collation-non-text,
//          invalid-retention, key-without-columns, unknown-column, duplicate-key-column,
//          empty-check-expression, fk-without-columns, unknown-referenced-table,
//          unknown-referenced-column, fk-column-count-mismatch, fk-type-mismatch,
//          fk-target-not-unique, initially-deferred-not-deferrable, index-without-keys,
//          invalid-index-key, enum-without-values, duplicate-enum-value, empty-view-sql,
//          unknown-domain, domain-over-domain
//  warning name-differs-only-in-case, constraint-name-reused, table-without-primary-key,
//          pk-nullable-column, identity-nullable, fk-type-widen, fk-set-null-not-nullable,
//          domain-type-mismatch
//  info    pii-without-retention

namespace schemata::model {

namespace {

using Severity = Diagnostic::Severity;
using validatorrules::TypeMatch;
using validatorsupport::displayName;
using validatorsupport::joinPath;
using validatorsupport::NameSpace;
using validatorsupport::Path;
using validatorsupport::quoted;

// Names one schema holds. PostgreSQL keeps tables, views, indexes and the indexes
// behind PRIMARY KEY/UNIQUE in one namespace (pg_class); tables and views also own a
// row type, so they share a second namespace (pg_type) with enums. FK and CHECK names
// only need to be unique per table in PostgreSQL, but MySQL wants them unique per schema.
struct SchemaNames
{
    QHash<QString, const void*> relationOwner; // folded name → first table/view (pre-pass)
    NameSpace relations;                       // tables and views, filled by the pre-pass
    NameSpace types;                           // enums and domains (walk order)
    NameSpace domains;                         // the domains among `types`, for messages
    NameSpace indexLike;                       // indexes, primary keys, unique constraints
    NameSpace otherConstraints;                // FK and CHECK names across the schema
};

class Validator
{
public:
    explicit Validator(const Model& model) : m_model(model), m_index(model) {}

    Diagnostics run()
    {
        reserveIds();
        collectRelationNames();
        for (const Schema& schema : m_model.schemas)
            checkSchema(schema);
        for (const EnumType& enumType : m_model.enums)
            checkEnum(enumType);
        for (const DomainType& domain : m_model.domains)
            checkDomain(domain);
        for (const Table& table : m_model.tables)
            checkTable(table);
        for (const View& view : m_model.views)
            checkView(view);
        return std::move(m_out);
    }

private:
    // One hash entry per object: sizing it once avoids a dozen rehashes of ~35,000
    // entries on a large model.
    void reserveIds()
    {
        qsizetype count = m_model.schemas.size() + m_model.enums.size() + m_model.views.size();
        for (const DomainType& domain : m_model.domains)
            count += 1 + domain.checks.size();
        for (const Table& table : m_model.tables)
            count += 2 + table.columns.size() + table.uniques.size() + table.checks.size() +
                     table.foreignKeys.size() + table.indexes.size();
        m_ids.reserve(count);
    }

    void report(Severity severity, const char* code, const Path& path, const QString& message,
                const core::Id& objectId)
    {
        m_out.append(
            Diagnostic{severity, QString::fromLatin1(code), path.toString(), message, objectId});
    }

    QString schemaPrefix(const core::Id& schemaId) const
    {
        const Schema* schema = m_index.schema(schemaId);
        return schema ? displayName(schema->name, schema->id) : QString();
    }

    // Every object needs an id, and ids are unique across the document: migrations and
    // the layout find objects by id, so a repeat would silently merge two objects.
    void checkId(const core::Id& id, const Path& path, const char* what)
    {
        if (id.isNull()) {
            report(Severity::Error, "missing-id", path,
                   QStringLiteral("The %1 has no id; give it a unique id (e.g. by re-adding it).")
                       .arg(QLatin1String(what)),
                   id);
            return;
        }
        Path& first = m_ids[id]; // one hash lookup, inserting an empty path if new
        if (first.isNull()) {
            first = path;
            return;
        }
        report(Severity::Error, "duplicate-id", path,
               QStringLiteral("The id \"%1\" is already used by %2; give this %3 a new id.")
                   .arg(id.toString(), first.toString(), QLatin1String(what)),
               id);
    }

    void checkName(const QString& name, const Path& path, const char* what, const core::Id& id)
    {
        if (name.trimmed().isEmpty())
            report(Severity::Error, "empty-name", path,
                   QStringLiteral("The %1 has no name; give it a name.").arg(QLatin1String(what)),
                   id);
    }

    void checkSchemaRef(const core::Id& schemaId, const Path& path, const core::Id& id)
    {
        if (!m_index.schema(schemaId))
            report(Severity::Error, "unknown-schema", path,
                   QStringLiteral("Schema id \"%1\" does not exist; move the object to an "
                                  "existing schema.")
                       .arg(schemaId.toString()),
                   id);
    }

    // Registers a name and reports a clash. `exactCode` is the error for a hard duplicate.
    void addName(NameSpace& space, const QString& name, const char* exactCode, const QString& where,
                 const Path& path, const core::Id& id)
    {
        if (name.isEmpty())
            return;
        QString first;
        switch (space.add(name, &first)) {
        case NameSpace::Clash::None:
            return;
        case NameSpace::Clash::Exact:
            report(Severity::Error, exactCode, path,
                   QStringLiteral("The name %1 is already used %2; rename one of them.")
                       .arg(quoted(name), where),
                   id);
            return;
        case NameSpace::Clash::CaseOnly:
            reportCaseClash(name, first, where, path, id);
            return;
        }
    }

    void reportCaseClash(const QString& name, const QString& first, const QString& where,
                         const Path& path, const core::Id& id)
    {
        report(Severity::Warning, "name-differs-only-in-case", path,
               QStringLiteral("The name %1 differs only in case from %2 %3; SQLite and MySQL "
                              "treat them as the same name, so rename one of them.")
                   .arg(quoted(name), quoted(first), where),
               id);
    }

    void collectRelationNames()
    {
        auto collect = [this](const core::Id& schemaId, const QString& name, const void* owner) {
            if (name.isEmpty())
                return;
            SchemaNames& names = m_schemaNames[schemaId];
            const QString folded = name.toLower();
            if (!names.relationOwner.contains(folded)) {
                names.relationOwner.insert(folded, owner);
                QString ignored;
                names.relations.add(name, &ignored);
            }
        };
        for (const Table& table : m_model.tables)
            collect(table.schemaId, table.name, &table);
        for (const View& view : m_model.views)
            collect(view.schemaId, view.name, &view);
    }

    // A table or view: is it the first relation of its schema with this name, and does
    // it clash with an enum (row types and enums share PostgreSQL's type namespace)?
    void checkRelationName(const core::Id& schemaId, const QString& name, const void* owner,
                           const Path& path, const core::Id& id)
    {
        if (name.isEmpty())
            return;
        SchemaNames& names = m_schemaNames[schemaId];
        const void* firstOwner = names.relationOwner.value(name.toLower());
        const QString where = QStringLiteral("by a table or view in this schema");
        if (firstOwner != owner) {
            QString first;
            if (names.relations.find(name, &first) == NameSpace::Clash::Exact)
                report(Severity::Error, "duplicate-relation-name", path,
                       QStringLiteral("The name %1 is already used %2 (tables and views share "
                                      "one namespace); rename one of them.")
                           .arg(quoted(name), where),
                       id);
            else
                reportCaseClash(name, first, where, path, id);
        }
        QString typeName;
        if (names.types.find(name, &typeName) == NameSpace::Clash::Exact) {
            const char* what =
                names.domains.find(name, &typeName) == NameSpace::Clash::Exact ? "domain" : "enum";
            report(Severity::Error, "duplicate-type-name", path,
                   QStringLiteral("The name %1 is already used by an %2 in this schema "
                                  "(PostgreSQL gives every table and view a type of the same "
                                  "name); rename the %2 or this object.")
                       .arg(quoted(name), QLatin1String(what)),
                   id);
        }
    }

    void checkSchema(const Schema& schema)
    {
        const Path path(QString(), displayName(schema.name, schema.id));
        checkId(schema.id, path, "schema");
        checkName(schema.name, path, "schema", schema.id);
        addName(m_schemaNamespace, schema.name, "duplicate-schema-name",
                QStringLiteral("by another schema"), path, schema.id);
    }

    void checkEnum(const EnumType& enumType)
    {
        const Path path(schemaPrefix(enumType.schemaId), displayName(enumType.name, enumType.id));
        checkId(enumType.id, path, "enum");
        checkName(enumType.name, path, "enum", enumType.id);
        checkSchemaRef(enumType.schemaId, path, enumType.id);
        addName(m_schemaNames[enumType.schemaId].types, enumType.name, "duplicate-type-name",
                QStringLiteral("by another enum in this schema"), path, enumType.id);
        if (enumType.values.isEmpty()) {
            report(Severity::Error, "enum-without-values", path,
                   QStringLiteral("The enum has no values; add at least one value."), enumType.id);
            return;
        }
        QSet<QString> seen;
        seen.reserve(enumType.values.size());
        for (const QString& value : enumType.values) {
            if (seen.contains(value)) {
                report(Severity::Error, "duplicate-enum-value", path,
                       QStringLiteral("The value %1 appears more than once; remove the repeat.")
                           .arg(quoted(value)),
                       enumType.id);
                continue;
            }
            seen.insert(value);
        }
    }

    // A domain lives in its schema's type namespace with the enums (and the row types of
    // tables and views, checked from their side). It cannot be over another domain here:
    // columns repeat the base type, which would then be ambiguous.
    void checkDomain(const DomainType& domain)
    {
        const Path path(schemaPrefix(domain.schemaId), displayName(domain.name, domain.id));
        const core::Id& id = domain.id;
        checkId(id, path, "domain");
        checkName(domain.name, path, "domain", id);
        checkSchemaRef(domain.schemaId, path, id);
        SchemaNames& names = m_schemaNames[domain.schemaId];
        addName(names.types, domain.name, "duplicate-type-name",
                QStringLiteral("by another enum or domain in this schema"), path, id);
        QString ignored;
        names.domains.add(domain.name, &ignored);

        const LogicalType& base = domain.baseType;
        if (!base.domainId.isNull())
            report(Severity::Error, "domain-over-domain", path,
                   QStringLiteral("The domain's base type names domain id \"%1\", but a domain "
                                  "cannot be based on another domain; use that domain's base "
                                  "type and repeat its constraints.")
                       .arg(base.domainId.toString()),
                   id);
        const QString parameterProblem = validatorrules::typeParameterProblem(base);
        if (!parameterProblem.isEmpty())
            report(Severity::Error, "invalid-type-parameters", path,
                   QStringLiteral("The base type %1 is invalid: %2; correct the type.")
                       .arg(base.toString(), parameterProblem),
                   id);
        if (base.kind == LogicalType::Kind::Enum && base.enumId.isNull())
            report(Severity::Error, "enum-column-without-enum", path,
                   QStringLiteral("The domain is over an enum but names no enum; choose the "
                                  "enum it draws its values from."),
                   id);
        else if (base.kind == LogicalType::Kind::Enum && !m_index.enumType(base.enumId))
            report(Severity::Error, "unknown-enum", path,
                   QStringLiteral("Enum id \"%1\" does not exist; choose an existing enum.")
                       .arg(base.enumId.toString()),
                   id);
        if (!domain.collation.isEmpty() && !base.isText())
            report(Severity::Error, "collation-non-text", path,
                   QStringLiteral("Collation %1 is set on a domain over %2; collations apply "
                                  "only to text types, so remove it.")
                       .arg(quoted(domain.collation), base.toString()),
                   id);
        // Check names are per domain in PostgreSQL.
        NameSpace checkNames;
        for (const CheckConstraint& check : domain.checks) {
            const Path checkPath(path.toString(),
                                 check.name.isEmpty() ? QStringLiteral("check") : check.name);
            checkId(check.id, checkPath, "check constraint");
            addName(checkNames, check.name, "duplicate-constraint-name",
                    QStringLiteral("by another check of this domain"), checkPath, check.id);
            if (check.expression.trimmed().isEmpty())
                report(Severity::Error, "empty-check-expression", checkPath,
                       QStringLiteral("The domain's check has no expression; write the "
                                      "condition (VALUE is the value) or delete it."),
                       check.id);
        }
    }

    // A column declared with a domain repeats the domain's base type in its own fields:
    // the domain must exist, and the two must agree (DDL for dialects without domains and
    // type rules use the column's fields, PostgreSQL uses the domain).
    void checkColumnDomain(const Path& path, const Column& column)
    {
        const core::Id& domainId = column.type.domainId;
        const DomainType* domain = m_index.domainType(domainId);
        if (!domain) {
            report(Severity::Error, "unknown-domain", path,
                   QStringLiteral("Domain id \"%1\" does not exist; choose an existing domain "
                                  "or clear the column's domain.")
                       .arg(domainId.toString()),
                   column.id);
            return;
        }
        LogicalType own = column.type;
        own.domainId = {};
        LogicalType base = domain->baseType;
        base.domainId = {};
        if (own == base)
            return;
        const bool sameText = own.toString() == base.toString();
        report(Severity::Warning, "domain-type-mismatch", path,
               QStringLiteral("The column's type %1 differs from the base type %2 of its domain "
                              "%3%4; set the column's type to the domain's base type.")
                   .arg(own.toString(), base.toString(), quoted(domain->name),
                        sameText ? QStringLiteral(" (their enum or dialect overrides differ)")
                                 : QString()),
               column.id);
    }

    void checkView(const View& view)
    {
        const Path path(schemaPrefix(view.schemaId), displayName(view.name, view.id));
        checkId(view.id, path, "view");
        checkName(view.name, path, "view", view.id);
        checkSchemaRef(view.schemaId, path, view.id);
        checkRelationName(view.schemaId, view.name, &view, path, view.id);
        if (view.sql.trimmed().isEmpty())
            report(Severity::Error, "empty-view-sql", path,
                   QStringLiteral("The view has no SELECT; write its query."), view.id);
    }

    // Column lookup inside one table: the ModelIndex hash when it names this very table
    // as the owner, a linear scan otherwise (unknown ids, or ids duplicated across tables
    // or tables sharing an id, all reported elsewhere), so a duplicate id never turns into
    // a cascade of false "unknown column" errors or resolves to another table's column.
    const Column* findColumn(const Table& table, const core::Id& columnId) const
    {
        if (m_index.tableOfColumn(columnId) == &table)
            return m_index.column(table.id, columnId);
        return table.column(columnId);
    }

    void checkTable(const Table& table)
    {
        const QString schemaPath = schemaPrefix(table.schemaId);
        const QString tableName = displayName(table.name, table.id);
        const QString tablePath = joinPath(schemaPath, tableName);
        const Path path(schemaPath, tableName);
        checkId(table.id, path, "table");
        checkName(table.name, path, "table", table.id);
        checkSchemaRef(table.schemaId, path, table.id);
        checkRelationName(table.schemaId, table.name, &table, path, table.id);

        if (table.columns.isEmpty())
            report(Severity::Error, "table-without-columns", path,
                   QStringLiteral("The table has no columns; add at least one column."), table.id);
        m_columnNames.clear();
        for (const Column& column : table.columns)
            checkColumn(tablePath, column);

        m_constraintNames.clear();
        SchemaNames& names = m_schemaNames[table.schemaId];
        if (table.primaryKey) {
            checkKey(table, tablePath, *table.primaryKey, true);
        } else {
            report(Severity::Warning, "table-without-primary-key", path,
                   QStringLiteral("The table has no primary key; add one so rows can be "
                                  "identified, referenced and replicated."),
                   table.id);
        }
        for (const KeyConstraint& unique : table.uniques)
            checkKey(table, tablePath, unique, false);
        for (const CheckConstraint& check : table.checks)
            checkCheck(tablePath, check, names);
        for (const ForeignKey& foreignKey : table.foreignKeys)
            checkForeignKey(table, tablePath, foreignKey, names);
        for (const Index& index : table.indexes)
            checkIndex(table, tablePath, index, names);
    }

    void checkColumn(const QString& tablePath, const Column& column)
    {
        const Path path(tablePath, displayName(column.name, column.id));
        const core::Id& id = column.id;
        checkId(id, path, "column");
        checkName(column.name, path, "column", id);
        addName(m_columnNames, column.name, "duplicate-column-name",
                QStringLiteral("by another column of this table"), path, id);

        const LogicalType& type = column.type;
        if (!type.domainId.isNull())
            checkColumnDomain(path, column);
        const QString parameterProblem = validatorrules::typeParameterProblem(type);
        if (!parameterProblem.isEmpty())
            report(Severity::Error, "invalid-type-parameters", path,
                   QStringLiteral("The type %1 is invalid: %2; correct the type.")
                       .arg(type.toString(), parameterProblem),
                   id);

        if (type.kind == LogicalType::Kind::Enum) {
            if (type.enumId.isNull()) {
                report(Severity::Error, "enum-column-without-enum", path,
                       QStringLiteral("The column has type enum but names no enum; choose the "
                                      "enum it draws its values from."),
                       id);
            } else if (const EnumType* enumType = m_index.enumType(type.enumId)) {
                if (column.defaultValue.kind == ColumnDefault::Kind::Literal &&
                    !enumType->values.contains(column.defaultValue.value))
                    report(Severity::Error, "default-not-in-enum", path,
                           QStringLiteral("The default %1 is not a value of enum %2; pick one "
                                          "of its values or add it to the enum.")
                               .arg(quoted(column.defaultValue.value), quoted(enumType->name)),
                           id);
            } else {
                report(Severity::Error, "unknown-enum", path,
                       QStringLiteral("Enum id \"%1\" does not exist; choose an existing enum.")
                           .arg(type.enumId.toString()),
                       id);
            }
        }

        if (column.defaultValue.kind == ColumnDefault::Kind::Expression &&
            column.defaultValue.value.trimmed().isEmpty())
            report(Severity::Error, "empty-default-expression", path,
                   QStringLiteral("The default is an empty expression; write the expression or "
                                  "remove the default."),
                   id);

        const bool hasDefault = column.defaultValue.kind != ColumnDefault::Kind::None;
        const bool generated = !column.generatedExpression.isEmpty();
        if (column.identity != Identity::None) {
            if (!type.isInteger())
                report(Severity::Error, "identity-non-integer", path,
                       QStringLiteral("Identity needs an integer column but the type is %1; "
                                      "make it smallint, integer or bigint, or drop identity.")
                           .arg(type.toString()),
                       id);
            if (hasDefault)
                report(Severity::Error, "identity-with-default", path,
                       QStringLiteral("An identity column cannot also have a default; remove "
                                      "the default or the identity."),
                       id);
            if (column.nullable)
                report(Severity::Warning, "identity-nullable", path,
                       QStringLiteral("Identity columns are always NOT NULL; mark the column "
                                      "not nullable to say so."),
                       id);
        }
        if (generated && hasDefault)
            report(Severity::Error, "generated-with-default", path,
                   QStringLiteral("A generated column cannot have a default; remove the default."),
                   id);
        if (generated && column.identity != Identity::None)
            report(Severity::Error, "generated-with-identity", path,
                   QStringLiteral("A column cannot be both generated and identity; remove one."),
                   id);
        if (!column.collation.isEmpty() && !type.isText())
            report(Severity::Error, "collation-non-text", path,
                   QStringLiteral("Collation %1 is set on a %2 column; collations apply only "
                                  "to text columns, so remove it.")
                       .arg(quoted(column.collation), type.toString()),
                   id);
        if (!column.retention.isEmpty() && !validatorrules::isIsoDuration(column.retention))
            report(Severity::Error, "invalid-retention", path,
                   QStringLiteral("Retention %1 is not an ISO 8601 duration; write it like "
                                  "P90D, P2Y or P1Y6M.")
                       .arg(quoted(column.retention)),
                   id);
        if (column.pii != PiiCategory::None && column.retention.isEmpty())
            report(Severity::Info, "pii-without-retention", path,
                   QStringLiteral("The column holds personal data (%1) but has no retention; "
                                  "set how long it may be kept (e.g. P2Y).")
                       .arg(piiCategoryName(column.pii)),
                   id);
    }

    // Checks a list of column ids of `table`: all exist, none repeats. Returns whether
    // every id resolved.
    bool checkColumnList(const Table& table, const QList<core::Id>& columnIds, const Path& path,
                         const core::Id& ownerId, const QString& what)
    {
        bool allFound = true;
        for (qsizetype i = 0; i < columnIds.size(); ++i) {
            const core::Id& columnId = columnIds[i];
            if (!findColumn(table, columnId)) {
                allFound = false;
                report(Severity::Error, "unknown-column", path,
                       QStringLiteral("The %1 lists column id \"%2\", which is not a column of "
                                      "table %3; remove it or pick an existing column.")
                           .arg(what, columnId.toString(), quoted(table.name)),
                       ownerId);
                continue;
            }
            // Lists are short (a few columns): a scan of the prefix is cheaper than a set.
            if (std::find(columnIds.cbegin(), columnIds.cbegin() + i, columnId) !=
                columnIds.cbegin() + i)
                report(Severity::Error, "duplicate-key-column", path,
                       QStringLiteral("The %1 lists column %2 twice; remove the repeat.")
                           .arg(what, quoted(findColumn(table, columnId)->name)),
                       ownerId);
        }
        return allFound;
    }

    // Index, primary key and unique names share one namespace per schema (PostgreSQL
    // creates an index for each key) that also holds the table and view names.
    void checkIndexLikeName(SchemaNames& names, const QString& name, const Path& path,
                            const core::Id& id)
    {
        if (name.isEmpty())
            return;
        QString first;
        if (names.relations.find(name, &first) == NameSpace::Clash::Exact) {
            report(Severity::Error, "duplicate-constraint-name", path,
                   QStringLiteral("The name %1 is already used by a table or view in this "
                                  "schema, and PostgreSQL keeps indexes and keys in the same "
                                  "namespace; rename the constraint.")
                       .arg(quoted(name)),
                   id);
            return;
        }
        addName(names.indexLike, name, "duplicate-constraint-name",
                QStringLiteral("by another index or key in this schema"), path, id);
    }

    void checkKey(const Table& table, const QString& tablePath, const KeyConstraint& key,
                  bool primary)
    {
        const char* what = primary ? "primary key" : "unique constraint";
        const Path path(tablePath, key.name.isEmpty()
                                       ? QString::fromLatin1(primary ? "primary-key" : "unique")
                                       : key.name);
        checkId(key.id, path, what);
        checkIndexLikeName(m_schemaNames[table.schemaId], key.name, path, key.id);
        if (key.columnIds.isEmpty()) {
            report(Severity::Error, "key-without-columns", path,
                   QStringLiteral("The %1 has no columns; add its columns or delete it.")
                       .arg(QLatin1String(what)),
                   key.id);
            return;
        }
        checkColumnList(table, key.columnIds, path, key.id, QLatin1String(what));
        if (!primary)
            return;
        for (const core::Id& columnId : key.columnIds) {
            const Column* column = findColumn(table, columnId);
            if (column && column->nullable)
                report(Severity::Warning, "pk-nullable-column",
                       Path(tablePath, displayName(column->name, column->id)),
                       QStringLiteral("The column is part of the primary key but nullable; it "
                                      "will become NOT NULL, so mark it not nullable."),
                       column->id);
        }
    }

    // FK and CHECK names: unique per table (all engines), and a repeat in another table
    // of the same schema is refused by MySQL/MariaDB (their names are per schema).
    void checkTableConstraintName(SchemaNames& names, const QString& name, const Path& path,
                                  const core::Id& id)
    {
        if (name.isEmpty())
            return;
        QString first;
        const NameSpace::Clash inTable = m_constraintNames.add(name, &first);
        if (inTable == NameSpace::Clash::Exact) {
            report(Severity::Error, "duplicate-constraint-name", path,
                   QStringLiteral("The name %1 is already used by another constraint of this "
                                  "table; rename one of them.")
                       .arg(quoted(name)),
                   id);
            return;
        }
        if (inTable == NameSpace::Clash::CaseOnly) {
            reportCaseClash(name, first, QStringLiteral("by another constraint of this table"),
                            path, id);
            return;
        }
        if (names.otherConstraints.add(name, &first) != NameSpace::Clash::None)
            report(Severity::Warning, "constraint-name-reused", path,
                   QStringLiteral("The name %1 is also used by a constraint of another table "
                                  "in this schema; MySQL and MariaDB refuse that, so give it a "
                                  "unique name.")
                       .arg(quoted(name)),
                   id);
    }

    void checkCheck(const QString& tablePath, const CheckConstraint& check, SchemaNames& names)
    {
        const Path path(tablePath, check.name.isEmpty() ? QStringLiteral("check") : check.name);
        checkId(check.id, path, "check constraint");
        checkTableConstraintName(names, check.name, path, check.id);
        if (check.expression.trimmed().isEmpty())
            report(Severity::Error, "empty-check-expression", path,
                   QStringLiteral("The check constraint has no expression; write the condition "
                                  "or delete it."),
                   check.id);
    }

    static QList<core::Id> sorted(QList<core::Id> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Engines accept a foreign key only onto a column set that is guaranteed unique: the
    // primary key, a UNIQUE constraint or a full (non-partial) unique index, in any order.
    static bool isUniqueTarget(const Table& target, const QList<core::Id>& sortedColumns)
    {
        if (target.primaryKey && sorted(target.primaryKey->columnIds) == sortedColumns)
            return true;
        for (const KeyConstraint& unique : target.uniques) {
            if (sorted(unique.columnIds) == sortedColumns)
                return true;
        }
        for (const Index& index : target.indexes) {
            if (!index.unique || !index.where.isEmpty() ||
                index.keys.size() != sortedColumns.size())
                continue;
            QList<core::Id> columns;
            columns.reserve(index.keys.size());
            for (const IndexKey& key : index.keys)
                columns.append(key.columnId);
            if (sorted(columns) == sortedColumns)
                return true;
        }
        return false;
    }

    void checkForeignKey(const Table& table, const QString& tablePath, const ForeignKey& fk,
                         SchemaNames& names)
    {
        const Path path(tablePath, fk.name.isEmpty() ? QStringLiteral("foreign-key") : fk.name);
        checkId(fk.id, path, "foreign key");
        checkTableConstraintName(names, fk.name, path, fk.id);
        if (fk.initiallyDeferred && !fk.deferrable)
            report(Severity::Error, "initially-deferred-not-deferrable", path,
                   QStringLiteral("The foreign key is initially deferred but not deferrable; "
                                  "make it deferrable too."),
                   fk.id);
        if (fk.columnIds.isEmpty()) {
            report(Severity::Error, "fk-without-columns", path,
                   QStringLiteral("The foreign key has no columns; add its columns or delete "
                                  "it."),
                   fk.id);
            return;
        }
        bool resolved =
            checkColumnList(table, fk.columnIds, path, fk.id, QStringLiteral("foreign key"));
        const Table* target = m_index.table(fk.referencedTableId);
        if (!target) {
            report(Severity::Error, "unknown-referenced-table", path,
                   QStringLiteral("The foreign key references table id \"%1\", which does not "
                                  "exist; point it at an existing table.")
                       .arg(fk.referencedTableId.toString()),
                   fk.id);
            return;
        }
        for (const core::Id& columnId : fk.referencedColumnIds) {
            if (!findColumn(*target, columnId)) {
                resolved = false;
                report(Severity::Error, "unknown-referenced-column", path,
                       QStringLiteral("The foreign key references column id \"%1\", which is "
                                      "not a column of table %2; pick one of its columns.")
                           .arg(columnId.toString(), quoted(target->name)),
                       fk.id);
            }
        }
        if (fk.columnIds.size() != fk.referencedColumnIds.size()) {
            report(Severity::Error, "fk-column-count-mismatch", path,
                   QStringLiteral("The foreign key has %1 column(s) but references %2; list "
                                  "one referenced column per column.")
                       .arg(fk.columnIds.size())
                       .arg(fk.referencedColumnIds.size()),
                   fk.id);
            return;
        }
        if (!resolved)
            return;
        const bool setsNull =
            fk.onDelete == ReferentialAction::SetNull || fk.onUpdate == ReferentialAction::SetNull;
        for (qsizetype i = 0; i < fk.columnIds.size(); ++i) {
            const Column* column = findColumn(table, fk.columnIds[i]);
            const Column* referenced = findColumn(*target, fk.referencedColumnIds[i]);
            const Path columnPath(tablePath, displayName(column->name, column->id));
            const auto pair = [&] {
                return QStringLiteral("%1 (%2) references %3.%4 (%5)")
                    .arg(quoted(column->name), column->type.toString(), quoted(target->name),
                         quoted(referenced->name), referenced->type.toString());
            };
            switch (validatorrules::compareTypes(column->type, referenced->type)) {
            case TypeMatch::Same:
                break;
            case TypeMatch::Widen:
                report(Severity::Warning, "fk-type-widen", columnPath,
                       QStringLiteral("Column %1; the types differ in size (MySQL and MariaDB "
                                      "refuse that for numbers), so give both the same type.")
                           .arg(pair()),
                       column->id);
                break;
            case TypeMatch::Mismatch:
                report(Severity::Error, "fk-type-mismatch", columnPath,
                       QStringLiteral("Column %1; engines refuse a foreign key between "
                                      "incompatible types, so change one of the types.")
                           .arg(pair()),
                       column->id);
                break;
            }
            if (setsNull && !column->nullable)
                report(Severity::Warning, "fk-set-null-not-nullable", columnPath,
                       QStringLiteral("The foreign key sets this column to NULL, but it is "
                                      "NOT NULL; make it nullable or choose another action."),
                       column->id);
        }
        if (!isUniqueTarget(*target, sorted(fk.referencedColumnIds))) {
            QStringList referencedNames;
            for (const core::Id& columnId : fk.referencedColumnIds)
                referencedNames.append(findColumn(*target, columnId)->name);
            report(Severity::Error, "fk-target-not-unique", path,
                   QStringLiteral("The referenced columns (%1) of table %2 are not its primary "
                                  "key or a unique constraint, and engines refuse such a "
                                  "foreign key; reference the key or add a UNIQUE constraint.")
                       .arg(referencedNames.join(QStringLiteral(", ")), quoted(target->name)),
                   fk.id);
        }
    }

    void checkIndex(const Table& table, const QString& tablePath, const Index& index,
                    SchemaNames& names)
    {
        const Path path(tablePath, index.name.isEmpty() ? QStringLiteral("index") : index.name);
        checkId(index.id, path, "index");
        checkIndexLikeName(names, index.name, path, index.id);
        if (index.keys.isEmpty())
            report(Severity::Error, "index-without-keys", path,
                   QStringLiteral("The index has no keys; add a column or expression or delete "
                                  "it."),
                   index.id);
        QList<core::Id> keyColumns;
        for (qsizetype i = 0; i < index.keys.size(); ++i) {
            const IndexKey& key = index.keys[i];
            const bool hasColumn = !key.columnId.isNull();
            const bool hasExpression = !key.expression.trimmed().isEmpty();
            if (hasColumn == hasExpression) {
                report(Severity::Error, "invalid-index-key", path,
                       QStringLiteral("Key %1 of the index must be either a column or an "
                                      "expression, not %2; fix the key.")
                           .arg(i + 1)
                           .arg(hasColumn ? QStringLiteral("both") : QStringLiteral("neither")),
                       index.id);
                continue;
            }
            if (hasColumn)
                keyColumns.append(key.columnId);
        }
        checkColumnList(table, keyColumns, path, index.id, QStringLiteral("index"));
        for (const core::Id& columnId : index.includeColumnIds) {
            if (!findColumn(table, columnId))
                report(Severity::Error, "unknown-column", path,
                       QStringLiteral("The index includes column id \"%1\", which is not a "
                                      "column of table %2; remove it or pick an existing "
                                      "column.")
                           .arg(columnId.toString(), quoted(table.name)),
                       index.id);
        }
    }

    const Model& m_model;
    ModelIndex m_index;
    Diagnostics m_out;
    QHash<core::Id, Path> m_ids; // id → path of its first owner
    NameSpace m_schemaNamespace;
    QHash<core::Id, SchemaNames> m_schemaNames; // by schema id (dangling ids too)
    NameSpace m_columnNames;                    // of the table being checked
    NameSpace m_constraintNames;                // FK and CHECK names of that table
};

} // namespace

Diagnostics validateModel(const Model& model)
{
    return Validator(model).run();
}

QString objectPath(const Model& model, const Table& table)
{
    const Schema* schema = model.schema(table.schemaId);
    return joinPath(schema ? displayName(schema->name, schema->id) : QString(),
                    displayName(table.name, table.id));
}

QString objectPath(const Model& model, const Table& table, QStringView member)
{
    QString path = objectPath(model, table);
    path.append(QLatin1Char('.')).append(member);
    return path;
}

} // namespace schemata::model
