#pragma once

// Private to the validator (validator.cpp and the validator*checks.cpp rule groups): the
// state one validateModel() run shares between its rule groups — the findings in model
// order, the ids seen so far and the SQL name spaces being filled — and the checks every
// kind of object repeats (id, name, schema reference, name clashes).

#include "model/diagnostic.h"
#include "model/model.h"
#include "model/modelindex.h"
#include "model/validatorsupport.h"

#include <QHash>
#include <QString>

namespace schemata::model::validatorsupport {

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

class ValidatorContext
{
public:
    using Severity = Diagnostic::Severity;

    explicit ValidatorContext(const Model& model) : m_model(model), m_index(model) {}

    const Model& model() const { return m_model; }
    const ModelIndex& index() const { return m_index; }
    Diagnostics takeDiagnostics() { return std::move(m_out); }

    // Sizes the id hash once for `count` objects (see Validator::reserveIds).
    void reserveIds(qsizetype count) { m_ids.reserve(count); }

    void report(Severity severity, const char* code, const Path& path, const QString& message,
                const core::Id& objectId);

    // The display name of a schema for paths; empty for an unknown schema id.
    QString schemaPrefix(const core::Id& schemaId) const;

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

    // Every object needs an id, and ids are unique across the document: migrations and
    // the layout find objects by id, so a repeat would silently merge two objects.
    void checkId(const core::Id& id, const Path& path, const char* what);
    void checkName(const QString& name, const Path& path, const char* what, const core::Id& id);
    void checkSchemaRef(const core::Id& schemaId, const Path& path, const core::Id& id);

    // Registers a name and reports a clash. `exactCode` is the error for a hard duplicate.
    void addName(NameSpace& space, const QString& name, const char* exactCode, const QString& where,
                 const Path& path, const core::Id& id);
    void reportCaseClash(const QString& name, const QString& first, const QString& where,
                         const Path& path, const core::Id& id);

    // The name spaces of a schema, by id (dangling ids too, so their objects are still
    // compared with each other).
    SchemaNames& schemaNames(const core::Id& schemaId) { return m_schemaNames[schemaId]; }
    NameSpace& schemaNamespace() { return m_schemaNamespace; }
    // Column names and FK/CHECK names of the table being checked; startTable() empties them.
    NameSpace& columnNames() { return m_columnNames; }
    NameSpace& constraintNames() { return m_constraintNames; }
    void startTable()
    {
        m_columnNames.clear();
        m_constraintNames.clear();
    }

private:
    const Model& m_model;
    ModelIndex m_index;
    Diagnostics m_out;
    QHash<core::Id, Path> m_ids; // id → path of its first owner
    NameSpace m_schemaNamespace;
    QHash<core::Id, SchemaNames> m_schemaNames; // by schema id (dangling ids too)
    NameSpace m_columnNames;                    // of the table being checked
    NameSpace m_constraintNames;                // FK and CHECK names of that table
};

} // namespace schemata::model::validatorsupport
