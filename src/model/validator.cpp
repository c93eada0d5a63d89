#include "model/validator.h"

#include "model/validatorcolumnchecks.h"
#include "model/validatorconstraintchecks.h"
#include "model/validatorcontext.h"
#include "model/validatortypechecks.h"

#include <QHash>

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
//
// This file walks the model and checks schemas, tables and views as objects; the rules
// for enums and domains are in validatortypechecks.cpp, for columns in
// validatorcolumnchecks.cpp, for keys, checks, foreign keys and indexes in
// validatorconstraintchecks.cpp, and what they share (findings, ids, name spaces) in
// validatorcontext.cpp. The walk fixes the order of the findings.

namespace schemata::model {

namespace {

using Severity = Diagnostic::Severity;
using validatorsupport::displayName;
using validatorsupport::joinPath;
using validatorsupport::NameSpace;
using validatorsupport::Path;
using validatorsupport::quoted;
using validatorsupport::SchemaNames;
using validatorsupport::ValidatorContext;

class Validator
{
public:
    explicit Validator(const Model& model) : m_model(model), m_context(model) {}

    Diagnostics run()
    {
        reserveIds();
        collectRelationNames();
        for (const Schema& schema : m_model.schemas)
            checkSchema(schema);
        for (const EnumType& enumType : m_model.enums)
            validatorchecks::checkEnum(m_context, enumType);
        for (const DomainType& domain : m_model.domains)
            validatorchecks::checkDomain(m_context, domain);
        for (const Table& table : m_model.tables)
            checkTable(table);
        for (const View& view : m_model.views)
            checkView(view);
        return m_context.takeDiagnostics();
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
        m_context.reserveIds(count);
    }

    void collectRelationNames()
    {
        auto collect = [this](const core::Id& schemaId, const QString& name, const void* owner) {
            if (name.isEmpty())
                return;
            SchemaNames& names = m_context.schemaNames(schemaId);
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
        SchemaNames& names = m_context.schemaNames(schemaId);
        const void* firstOwner = names.relationOwner.value(name.toLower());
        const QString where = QStringLiteral("by a table or view in this schema");
        if (firstOwner != owner) {
            QString first;
            if (names.relations.find(name, &first) == NameSpace::Clash::Exact)
                m_context.report(Severity::Error, "duplicate-relation-name", path,
                                 QStringLiteral("The name %1 is already used %2 (tables and "
                                                "views share one namespace); rename one of them.")
                                     .arg(quoted(name), where),
                                 id);
            else
                m_context.reportCaseClash(name, first, where, path, id);
        }
        QString typeName;
        if (names.types.find(name, &typeName) == NameSpace::Clash::Exact) {
            const char* what =
                names.domains.find(name, &typeName) == NameSpace::Clash::Exact ? "domain" : "enum";
            m_context.report(Severity::Error, "duplicate-type-name", path,
                             QStringLiteral("The name %1 is already used by an %2 in this schema "
                                            "(PostgreSQL gives every table and view a type of "
                                            "the same name); rename the %2 or this object.")
                                 .arg(quoted(name), QLatin1String(what)),
                             id);
        }
    }

    void checkSchema(const Schema& schema)
    {
        const Path path(QString(), displayName(schema.name, schema.id));
        m_context.checkId(schema.id, path, "schema");
        m_context.checkName(schema.name, path, "schema", schema.id);
        m_context.addName(m_context.schemaNamespace(), schema.name, "duplicate-schema-name",
                          QStringLiteral("by another schema"), path, schema.id);
    }

    void checkView(const View& view)
    {
        const Path path(m_context.schemaPrefix(view.schemaId), displayName(view.name, view.id));
        m_context.checkId(view.id, path, "view");
        m_context.checkName(view.name, path, "view", view.id);
        m_context.checkSchemaRef(view.schemaId, path, view.id);
        checkRelationName(view.schemaId, view.name, &view, path, view.id);
        if (view.sql.trimmed().isEmpty())
            m_context.report(Severity::Error, "empty-view-sql", path,
                             QStringLiteral("The view has no SELECT; write its query."), view.id);
    }

    void checkTable(const Table& table)
    {
        const QString schemaPath = m_context.schemaPrefix(table.schemaId);
        const QString tableName = displayName(table.name, table.id);
        const QString tablePath = joinPath(schemaPath, tableName);
        const Path path(schemaPath, tableName);
        m_context.checkId(table.id, path, "table");
        m_context.checkName(table.name, path, "table", table.id);
        m_context.checkSchemaRef(table.schemaId, path, table.id);
        checkRelationName(table.schemaId, table.name, &table, path, table.id);

        if (table.columns.isEmpty())
            m_context.report(Severity::Error, "table-without-columns", path,
                             QStringLiteral("The table has no columns; add at least one column."),
                             table.id);
        m_context.startTable();
        for (const Column& column : table.columns)
            validatorchecks::checkColumn(m_context, tablePath, column);

        SchemaNames& names = m_context.schemaNames(table.schemaId);
        if (table.primaryKey) {
            validatorchecks::checkKey(m_context, table, tablePath, *table.primaryKey, true);
        } else {
            m_context.report(Severity::Warning, "table-without-primary-key", path,
                             QStringLiteral("The table has no primary key; add one so rows can "
                                            "be identified, referenced and replicated."),
                             table.id);
        }
        for (const KeyConstraint& unique : table.uniques)
            validatorchecks::checkKey(m_context, table, tablePath, unique, false);
        for (const CheckConstraint& check : table.checks)
            validatorchecks::checkCheck(m_context, tablePath, check, names);
        for (const ForeignKey& foreignKey : table.foreignKeys)
            validatorchecks::checkForeignKey(m_context, table, tablePath, foreignKey, names);
        for (const Index& index : table.indexes)
            validatorchecks::checkIndex(m_context, table, tablePath, index, names);
    }

    const Model& m_model;
    ValidatorContext m_context;
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
