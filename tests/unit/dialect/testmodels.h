#pragma once

#include "model/model.h"

#include <QString>

// Models built in code for the dialect tests. IDs are derived from names
// ("tbl_customer", "col_customer_email"), so a golden diff reads like the model.
namespace schemata::dialect::test {

class ModelBuilder
{
public:
    model::Model model;

    core::Id schema(const QString& name, const QString& comment = {});
    core::Id enumType(const core::Id& schemaId, const QString& name, const QStringList& values,
                      const QString& comment = {});
    // `type` in LogicalType::parse() form; returns the domain for further settings.
    model::DomainType& domainType(const core::Id& schemaId, const QString& name,
                                  const QString& type, const core::Id& enumId = {});
    // A column declared with `domain`: its type fields repeat the domain's base type.
    core::Id domainColumn(qsizetype table, const QString& name, const core::Id& domainId,
                          bool nullable = true);
    // Returns the table's index in model.tables.
    qsizetype table(const core::Id& schemaId, const QString& name, const QString& comment = {});
    // `type` in LogicalType::parse() form; returns the column id.
    core::Id column(qsizetype table, const QString& name, const QString& type,
                    bool nullable = true);
    model::Column& lastColumn(qsizetype table) { return model.tables[table].columns.last(); }
    void primaryKey(qsizetype table, const QList<core::Id>& columns, const QString& name = {});
    void unique(qsizetype table, const QList<core::Id>& columns, const QString& name = {});
    void check(qsizetype table, const QString& expression, const QString& name = {});
    model::ForeignKey& foreignKey(qsizetype table, const QList<core::Id>& columns, qsizetype target,
                                  const QList<core::Id>& targetColumns, const QString& name = {});
    model::Index& index(qsizetype table, const QList<model::IndexKey>& keys,
                        const QString& name = {});
    void view(const core::Id& schemaId, const QString& name, const QString& sql,
              const QString& comment = {});

    static model::IndexKey key(const core::Id& column,
                               model::IndexKey::Sort sort = model::IndexKey::Sort::Asc,
                               model::IndexKey::Nulls nulls = model::IndexKey::Nulls::Default);
    static model::IndexKey expr(const QString& expression);

private:
    int m_counter = 0;
};

// A compact shop: two schemas, an enum, identity, checks, composite / partial /
// expression / INCLUDE / DESC NULLS indexes, an FK cycle, a self-reference, comments,
// generated columns, reserved-word names.
model::Model shopModel();
// Names that need quoting: keywords, mixed case, spaces, quotes, backticks, non-ASCII,
// and names long enough to be truncated.
model::Model namesModel();
// One column of every logical type, with defaults of each kind.
model::Model typesModel();
// Two PostgreSQL domains and columns using them: "year" over integer with a CHECK (as in
// Sakila), "rating" over an enum with NOT NULL and DEFAULT, and "sales.code" with a
// collation, a comment and two checks, one of which mentions 'VALUE' in a literal.
model::Model domainsModel();
// `tables` tables of `columnsPerTable` columns with `foreignKeys` keys spread over them.
model::Model largeModel(int tables, int columnsPerTable, int foreignKeys);

} // namespace schemata::dialect::test
