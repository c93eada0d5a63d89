#pragma once

#include "model/column.h"
#include "model/model.h"
#include "model/table.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Helpers over libpg_query's JSON parse trees and the statement text they point into,
// for PostgresDdlBuilder: node access, expression slicing by location, PostgreSQL's
// generated names and type spelling (format_type's, so the catalog reader's type
// mapping applies unchanged).
namespace schemata::sqlimport::pgtree {

// The statement as text plus conversion of libpg_query's UTF-8 byte offsets.
struct Text
{
    explicit Text(const QByteArray& utf8) : bytes(utf8), text(QString::fromUtf8(utf8)) {}
    qsizetype at(qint64 byteOffset) const
    {
        return QString::fromUtf8(bytes.left(qBound<qint64>(0, byteOffset, bytes.size()))).size();
    }
    const QByteArray& bytes;
    QString text;
};

// The body of a one-key node ({"CreateStmt": {…}} → {…}); its key in `type`.
QJsonObject inner(const QJsonObject& node, QString* type = nullptr);
// [{"String": {"sval": "a"}}, …] → {"a", …}
QStringList strings(const QJsonArray& list);
// Trims whitespace and a trailing ',' or ';' left by slicing.
QString cleanExpression(QString text);
// The text inside the first top-level "( … )" at or after `from`; `end` after the ')'.
QString parenthesised(const QString& text, qsizetype from, qsizetype* end = nullptr);
// Distinct column names referenced anywhere below `value`, in first-seen order.
void collectColumnRefs(const QJsonValue& value, QStringList& out);
// PostgreSQL's ChooseConstraintName/ChooseRelationName (without 63-byte truncation).
QString chooseName(const QString& table, const QStringList& columns, const QString& suffix,
                   const QSet<QString>& taken);
// Which names a generated name must avoid.
enum class TakenNames
{
    // pg_constraint: the keys, checks and foreign keys of the schema's tables and the
    // checks of its domains (ChooseConstraintName for a domain's check).
    Constraints,
    // Those and pg_class: the schema's tables and indexes (a table's constraints, indexes).
    ConstraintsAndRelations,
};
// The names of `kinds` already used in the schema named `schemaName`.
QSet<QString> namesTaken(const model::Model& model, const QString& schemaName, TakenNames kinds);
// A default as the catalog reader would read it back.
model::ColumnDefault defaultFromText(const QString& text);
// pg_catalog internal type names → format_type spelling.
const QHash<QString, QString>& catalogTypeNames();
// format_type's spelling of a TypeName node; serial types set `serial` and give their
// integer type.
QString typeText(const QJsonObject& typeName, bool* serial, QString* serialType);

} // namespace schemata::sqlimport::pgtree
