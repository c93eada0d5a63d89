#include "dialect/sqlite/sqliteddlbuilder.h"

#include "dialect/sqlite/sqlitetypemapper.h"
#include "dialect/sqltext.h"

namespace schemata::dialect::sqlite {

using model::Column;
using model::Table;

SqliteDdlBuilder::SqliteDdlBuilder(const SqliteDialect& dialect, const model::Model& model)
    : DdlBuilder(dialect, model)
{}

void SqliteDdlBuilder::emitPrelude()
{
    for (const model::Schema& schema : m_model.schemas) {
        if (!schema.comment.isEmpty())
            warn(QStringLiteral("comment-dropped"), schema.name,
                 QStringLiteral("SQLite has no schemas, so the schema comment is not kept; move it "
                                "to a table comment."),
                 schema.id);
    }
    for (const model::EnumType& e : m_model.enums) {
        if (!e.comment.isEmpty()) {
            const QString schema = schemaName(e.schemaId);
            warn(QStringLiteral("comment-dropped"),
                 schema.isEmpty() ? e.name : schema + u'.' + e.name,
                 QStringLiteral("SQLite has no enum types (columns get a CHECK instead), so the "
                                "enum's comment is not kept; describe it in the column comments."),
                 e.id);
        }
    }
}

TypeMapping SqliteDdlBuilder::mapType(const Column& column) const
{
    const Table* owner = m_index.tableOfColumn(column.id);
    if (owner && columnIsPrimaryKeyAlias(*owner, column))
        return TypeMapping::native(QStringLiteral("INTEGER")); // exactly INTEGER: the rowid alias
    return SqliteTypeMapper::map(column.type);
}

bool SqliteDdlBuilder::columnIsPrimaryKeyAlias(const Table& table, const Column& column) const
{
    return column.identity != model::Identity::None && column.type.isInteger() &&
           column.generatedExpression.trimmed().isEmpty() && table.primaryKey &&
           table.primaryKey->columnIds.size() == 1 &&
           table.primaryKey->columnIds.first() == column.id &&
           !typeOverride(column.type, QStringLiteral("sqlite"));
}

QString SqliteDdlBuilder::identityClause(const Table& table, const Column& column)
{
    warn(QStringLiteral("identity-unsupported"), memberPath(table, column.name),
         QStringLiteral("SQLite generates values only for an INTEGER PRIMARY KEY; identity is "
                        "dropped (make the column the table's single-column integer primary key)."),
         column.id);
    return {};
}

QString SqliteDdlBuilder::collationSql(const Table& table, const Column& column)
{
    const QString name = column.collation.trimmed();
    if (name.isEmpty())
        return {};
    // SQLite's built-in collations; C/POSIX (byte order) is BINARY.
    for (const char* builtIn : {"BINARY", "NOCASE", "RTRIM"}) {
        if (name.compare(QLatin1String(builtIn), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(builtIn);
    }
    if (name.compare(u"C", Qt::CaseInsensitive) == 0 ||
        name.compare(u"POSIX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("BINARY");
    warn(QStringLiteral("collation-unsupported"), memberPath(table, column.name),
         QStringLiteral("SQLite only has the BINARY, NOCASE and RTRIM collations; \"%1\" is "
                        "dropped (an application-defined collation needs an override).")
             .arg(name),
         column.id);
    return {};
}

QString SqliteDdlBuilder::leadingComment(QStringView comment) const
{
    const QString flat = flattenComment(comment);
    if (flat.isEmpty())
        return {};
    return QStringLiteral("    -- ") + flat + u'\n';
}

QString SqliteDdlBuilder::primaryKeyClause(const Table& table)
{
    if (table.primaryKey && table.primaryKey->columnIds.size() == 1) {
        if (const Column* c = m_index.column(table.id, table.primaryKey->columnIds.first());
            c && columnIsPrimaryKeyAlias(table, *c))
            return {}; // declared on the column
    }
    return DdlBuilder::primaryKeyClause(table);
}

void SqliteDdlBuilder::emitIndex(const Table& table, const model::Index& index)
{
    const QString path = indexPath(table, index);
    if (!index.method.trimmed().isEmpty())
        warn(QStringLiteral("index-method-ignored"), path,
             QStringLiteral("SQLite has one index method (B-tree); \"%1\" is ignored.")
                 .arg(index.method),
             index.id);
    if (!index.includeColumnIds.isEmpty())
        warn(QStringLiteral("include-columns-dropped"), path,
             QStringLiteral(
                 "SQLite has no INCLUDE columns; they are left out of the index (add them "
                 "as trailing keys to get a covering index)."),
             index.id);
    QStringList keys;
    bool nullsDropped = false;
    for (const model::IndexKey& key : index.keys) {
        QString part = key.columnId.isNull() ? u'(' + key.expression.trimmed() + u')'
                                             : q(columnName(table, key.columnId));
        if (key.sort == model::IndexKey::Sort::Desc)
            part += QStringLiteral(" DESC");
        // SQLite takes NULLS FIRST/LAST in ORDER BY but rejects it in CREATE INDEX
        // ("unsupported use of NULLS LAST"); its indexes sort NULL lowest.
        nullsDropped = nullsDropped || nullsOrderDiffersFromLowest(key);
        keys.append(part);
    }
    if (nullsDropped)
        warn(QStringLiteral("nulls-order-dropped"), path,
             QStringLiteral(
                 "SQLite indexes always sort NULLs first ascending and last descending; "
                 "NULLS FIRST/LAST is dropped (queries can still ORDER BY … NULLS LAST)."),
             index.id);
    QString sql =
        QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
            .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), q(indexName(table, index)),
                 tableName(table), keys.join(QStringLiteral(", ")));
    if (!index.where.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE ") + index.where.trimmed();
    add(sql, index.id);
}

void SqliteDdlBuilder::emitView(const model::View& view)
{
    const QString flat = flattenComment(view.comment);
    const QString comment = flat.isEmpty() ? QString() : QStringLiteral("-- ") + flat + u'\n';
    add(QStringLiteral("CREATE VIEW %1 AS\n%2%3").arg(viewName(view), comment, view.sql.trimmed()),
        view.id);
}

QString SqliteDdlBuilder::currentTimestampSql(const Column& column) const
{
    if (column.type.kind == model::LogicalType::Kind::Date)
        return QStringLiteral("CURRENT_DATE");
    if (column.type.kind == model::LogicalType::Kind::Time)
        return QStringLiteral("CURRENT_TIME");
    return QStringLiteral("CURRENT_TIMESTAMP");
}

} // namespace schemata::dialect::sqlite
