#pragma once

#include "dialect/dependencyorder.h"
#include "dialect/dialect.h"
#include "dialect/objectnamer.h"
#include "dialect/typemapping.h"
#include "model/modelindex.h"

namespace schemata::dialect {

// The generic part of createScript(): the walk over the model, dependency order,
// constraint names, defaults and the CREATE TABLE skeleton. Each dialect derives
// (<dialect>ddlbuilder) and overrides the hooks where its SQL differs, so the
// statement order and the naming stay identical across dialects.
//
// One builder per script: build() is called once. The ModelIndex and CreationOrder are
// computed once up front, so a model of thousands of tables stays linear.
class DdlBuilder
{
public:
    DdlBuilder(const Dialect& dialect, const model::Model& model);
    virtual ~DdlBuilder();
    DdlBuilder(const DdlBuilder&) = delete;
    DdlBuilder& operator=(const DdlBuilder&) = delete;

    DdlScript build();

protected:
    // ---- hooks -------------------------------------------------------------------
    // Statements before the tables: schemas, enum types (and warnings for what the
    // dialect cannot keep of them).
    virtual void emitPrelude() {}
    // How a table or view is named in SQL (schema-qualified on PostgreSQL).
    virtual QString tableName(const model::Table& table) const;
    virtual QString viewName(const model::View& view) const;
    virtual TypeMapping mapType(const model::Column& column) const = 0;
    virtual QString identityClause(const model::Table& table, const model::Column& column) = 0;
    // The collation name after COLLATE, or empty (dialects map names they do not know).
    virtual QString collationSql(const model::Table& table, const model::Column& column);
    virtual QString generatedClause(const model::Table& table, const model::Column& column);
    virtual QString columnCommentClause(const model::Table&, const model::Column&) { return {}; }
    // Comment lines in front of a column or the table (SQLite keeps them in its catalog).
    virtual QString leadingComment(QStringView) const { return {}; }
    // The whole column when the dialect folds identity into the type (SQLite rowid alias).
    virtual bool columnIsPrimaryKeyAlias(const model::Table&, const model::Column&) const
    {
        return false;
    }
    virtual QString primaryKeyClause(const model::Table& table);
    virtual QStringList extraTableElements(const model::Table&) { return {}; }
    virtual QString tableOptions(const model::Table&) { return {}; }
    virtual void emitAfterTable(const model::Table&) {}
    virtual void emitIndex(const model::Table& table, const model::Index& index) = 0;
    virtual bool foreignKeysAlwaysInline() const { return false; }
    // Which clause an action belongs to: engines restrict ON UPDATE and ON DELETE differently.
    enum class ActionEvent
    {
        Delete,
        Update
    };
    virtual QString referentialActionSql(const model::Table& table, const model::ForeignKey& fk,
                                         model::ReferentialAction action, ActionEvent event);
    virtual QString deferrableClause(const model::Table& table, const model::ForeignKey& fk);
    virtual void emitView(const model::View& view);
    // Defaults.
    virtual QString booleanLiteral(bool value) const;
    virtual QString currentTimestampSql(const model::Column& column) const;
    virtual bool expressionDefaultNeedsParentheses(const QString&) const { return false; }
    virtual bool literalDefaultNeedsParentheses(const TypeMapping&) const { return false; }
    // Key part for a column in an index or key (MySQL adds a prefix length on TEXT).
    virtual QString keyColumnSql(const model::Table& table, const model::Column& column,
                                 bool inIndex);

    // ---- helpers for the hooks ---------------------------------------------------
    QString q(QStringView identifier) const { return m_dialect.quoteIdentifier(identifier); }
    QString lit(QStringView text) const { return m_dialect.quoteLiteral(text); }
    void add(QString sql, const core::Id& objectId);
    void warn(const QString& code, const QString& path, const QString& message,
              const core::Id& objectId);
    void warnType(const model::Table& table, const model::Column& column, const TypeMapping& type);
    QString schemaName(const core::Id& schemaId) const;
    QString tablePath(const model::Table& table) const;
    QString memberPath(const model::Table& table, QStringView member) const;
    QString viewPath(const model::View& view) const;
    // Name scope for generated names: the schema on dialects with schemas, else global.
    QString scopeOf(const core::Id& schemaId) const;
    QString columnName(const model::Table& table, const core::Id& columnId) const;
    QString columnList(const model::Table& table, const QList<core::Id>& columnIds) const;
    QString keyColumnList(const model::Table& table, const QList<core::Id>& columnIds);
    QStringList columnNames(const model::Table& table, const QList<core::Id>& columnIds) const;
    QString constraintName(const model::Table& table, const QString& explicitName,
                           const QStringList& parts, const QString& suffix);
    QString indexName(const model::Table& table, const model::Index& index);
    // Paths for messages: the model's name, or the name the object would be given.
    QString indexPath(const model::Table& table, const model::Index& index) const;
    QString foreignKeyPath(const model::Table& table, const model::ForeignKey& fk) const;
    QStringList indexNameParts(const model::Table& table, const model::Index& index) const;
    QString foreignKeyClause(const model::Table& table, const model::ForeignKey& fk);
    QString defaultClause(const model::Column& column, const TypeMapping& type) const;
    QString columnDefinition(const model::Table& table, const model::Column& column);
    bool isDeferred(const model::ForeignKey& fk) const;
    // On dialects without domains: the domain `column` is declared with (nullptr when
    // none, when it does not exist, or when the dialect has domains).
    const model::DomainType* carriedDomain(const model::Column& column) const;
    // `column` with its domain's NOT NULL, DEFAULT (when it has none) and collation (when
    // it has none) taken over, for dialects that emit the base type.
    static model::Column withDomainRules(const model::Column& column,
                                         const model::DomainType& domain);
    // For engines that sort NULL lowest and cannot say NULLS FIRST/LAST in an index
    // (MySQL, MariaDB, SQLite): whether the key asks for the opposite of that order.
    static bool nullsOrderDiffersFromLowest(const model::IndexKey& key);

    const Dialect& m_dialect;
    const model::Model& m_model;
    const Capabilities m_caps;
    const model::ModelIndex m_index;
    const CreationOrder m_order;
    ObjectNamer m_namer;
    DdlScript m_script;

private:
    void reserveExplicitNames();
    void emitTable(const model::Table& table);
    QStringList carriedCheckClauses(const model::Table& table);
};

} // namespace schemata::dialect
