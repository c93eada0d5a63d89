#pragma once

#include "connect/importreport.h"
#include "model/diagnostic.h"
#include "model/model.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace schemata::sqlimport {

// Builds a model from libpg_query parse trees (JSON), one statement at a time, the way
// the server would: unqualified names resolve through the script's search_path, unnamed
// constraints and indexes get PostgreSQL's generated names, serial columns become an
// integer with a nextval() default — so a script import and a live import of the same
// database give the same IDs (catalogid.h) and, as far as the text allows, the same model.
// Expressions (defaults, checks, index keys, view bodies) are the script's own text.
class PostgresDdlBuilder
{
public:
    enum class Outcome
    {
        Modelled,
        NotModelled
    };

    // `node` is the statement node ({"CreateStmt": {…}}); `sql` the statement's text
    // (node locations are UTF-8 byte offsets into it). `message` explains NotModelled.
    Outcome apply(const QJsonObject& node, const QByteArray& sql, QString* message);

    // Resolves foreign keys, sorts by name like the catalog reader, drops what the
    // filter excludes. Call once after the last statement.
    model::Model finish(const QStringList& schemaFilter, model::Diagnostics* notes);

private:
    struct PendingForeignKey
    {
        core::Id tableId;
        QString schema, table, name;
        QStringList columns;
        QString refSchema, refTable;
        QStringList refColumns;
        QString onDelete, onUpdate;
        bool deferrable = false, initiallyDeferred = false;
    };

    Outcome createTable(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    Outcome alterTable(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    Outcome createIndex(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    // Enums and domains (postgresddlbuildertypes.cpp).
    Outcome createEnum(const QJsonObject& stmt, QString* message);
    Outcome createDomain(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    Outcome alterDomain(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    Outcome renameDomain(const QJsonObject& stmt, QString* message);
    Outcome moveDomain(const QJsonObject& stmt, QString* message);
    Outcome dropDomains(const QJsonObject& stmt, QString* message);
    Outcome reidentifyDomain(model::DomainType& domain, const QString& schema, const QString& name,
                             QString* message);
    bool addDomainCheck(model::DomainType& domain, const QJsonObject& constraint,
                        const QByteArray& sql, QString* message);
    // The enum or domain a TypeName's names denote (qualified, or the first schema of the
    // search path that has a type of that name); null when the script defines none.
    core::Id userType(const QStringList& names) const;
    // A column's (or a domain's base) type from its TypeName node; `path`/`id` for notes.
    model::LogicalType columnType(const QJsonObject& typeName, const QString& formatType,
                                  const QString& path, const core::Id& id);
    model::DomainType* findDomain(const QStringList& names);
    // Domains over domains flattened, domain columns given their domain's base type (or,
    // when the filter leaves the domain out, a type override as the live import reads it).
    void finishDomains(const QStringList& schemaFilter);
    Outcome createView(const QJsonObject& stmt, const QByteArray& sql, QString* message);
    Outcome comment(const QJsonObject& stmt, QString* message);
    Outcome setVariable(const QJsonObject& stmt, QString* message);

    bool addColumn(model::Table& table, const QString& schema, const QJsonObject& def,
                   const QByteArray& sql, qsizetype elementEnd, QString* message);
    bool addConstraint(model::Table& table, const QString& schema, const QJsonObject& constraint,
                       const QByteArray& sql, const QString& column, QString* message);

    QString resolveSchema(const QString& schema) const;
    model::Table* findTable(const QString& schema, const QString& name);
    core::Id ensureSchema(const QString& name);
    void note(const QString& path, const QString& message, const core::Id& id = {});

    model::Model m_model;
    QList<PendingForeignKey> m_foreignKeys;
    QStringList m_searchPath{QStringLiteral("public")};
    QHash<QString, QString> m_ownedSequences; // "schema.seq" → "schema.table.column"
    QSet<QString> m_partitions;               // "schema.table" of attached partitions
    QHash<QString, qsizetype> m_tableIndex;   // "schema.table" → index into m_model.tables
    model::Diagnostics m_notes;
};

} // namespace schemata::sqlimport
