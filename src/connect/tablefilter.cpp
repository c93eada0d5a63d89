#include "connect/tablefilter.h"

#include <QHash>
#include <QSet>

namespace schemata::connect {

namespace {

core::Result<QList<QRegularExpression>> compilePatterns(const QStringList& patterns,
                                                        QStringView option,
                                                        Qt::CaseSensitivity caseSensitivity)
{
    QList<QRegularExpression> compiled;
    for (const QString& raw : patterns) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        // NonPathWildcardConversion: `*` also matches '/' and '.', as in a shell glob over
        // names rather than paths ("sales.*" still needs its dot spelled out).
        QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                  pattern, QRegularExpression::NonPathWildcardConversion),
                              caseSensitivity == Qt::CaseInsensitive
                                  ? QRegularExpression::CaseInsensitiveOption
                                  : QRegularExpression::NoPatternOption);
        if (!re.isValid())
            return core::Error{QStringLiteral("table filter"),
                               QStringLiteral("%1 pattern \"%2\" is not a valid glob (%3)")
                                   .arg(option, pattern, re.errorString())};
        compiled.append(std::move(re));
    }
    return compiled;
}

// "schema.table" of a note's path ("schema.table.column" …), or the whole path.
QString tableOfPath(const QString& path)
{
    const qsizetype first = path.indexOf(u'.');
    if (first < 0)
        return path;
    const qsizetype second = path.indexOf(u'.', first + 1);
    return second < 0 ? path : path.left(second);
}

} // namespace

core::Result<TableFilter> TableFilter::compile(const QStringList& tables,
                                               const QStringList& excludedTables,
                                               Qt::CaseSensitivity caseSensitivity)
{
    TableFilter filter;
    auto include = compilePatterns(tables, u"table", caseSensitivity);
    if (!include)
        return include.error();
    auto exclude = compilePatterns(excludedTables, u"exclude-table", caseSensitivity);
    if (!exclude)
        return exclude.error();
    filter.m_include = std::move(include).value();
    filter.m_exclude = std::move(exclude).value();
    return filter;
}

bool TableFilter::matchesAny(const QList<QRegularExpression>& patterns, const QString& table,
                             const QString& qualified)
{
    for (const QRegularExpression& re : patterns) {
        if (re.match(table).hasMatch() || re.match(qualified).hasMatch())
            return true;
    }
    return false;
}

bool TableFilter::includes(const QString& schema, const QString& table) const
{
    const QString qualified = schema.isEmpty() ? table : schema + u'.' + table;
    if (!m_include.isEmpty() && !matchesAny(m_include, table, qualified))
        return false;
    return !matchesAny(m_exclude, table, qualified);
}

void TableFilter::apply(model::Model& model, ImportReport& report) const
{
    if (isEmpty())
        return;
    QHash<core::Id, QString> schemaNames;
    for (const model::Schema& schema : std::as_const(model.schemas))
        schemaNames.insert(schema.id, schema.name);
    const auto qualifiedName = [&](const model::Table& t) {
        const QString schema = schemaNames.value(t.schemaId);
        return schema.isEmpty() ? t.name : schema + u'.' + t.name;
    };

    QSet<core::Id> kept;
    QHash<core::Id, QString> removed; // table id → "schema.table"
    QSet<QString> removedPaths;
    QSet<core::Id> removedObjects; // ids the readers' notes may carry
    QList<model::Table> tables;
    tables.reserve(model.tables.size());
    for (model::Table& table : model.tables) {
        if (includes(schemaNames.value(table.schemaId), table.name)) {
            kept.insert(table.id);
            tables.append(std::move(table));
            continue;
        }
        const QString name = qualifiedName(table);
        removed.insert(table.id, name);
        removedPaths.insert(name);
        removedObjects.insert(table.id);
        for (const model::Column& column : std::as_const(table.columns))
            removedObjects.insert(column.id);
    }
    for (model::Table& table : tables) {
        for (qsizetype i = 0; i < table.foreignKeys.size();) {
            const model::ForeignKey& fk = table.foreignKeys.at(i);
            const auto target = removed.constFind(fk.referencedTableId);
            if (kept.contains(fk.referencedTableId) || target == removed.cend()) {
                ++i;
                continue;
            }
            ImportReportItem item;
            item.objectType = QStringLiteral("foreign key");
            item.name = qualifiedName(table) + u'.' + fk.name;
            item.message =
                QStringLiteral("references table %1, not imported (table filter)").arg(*target);
            report.items.append(std::move(item));
            table.foreignKeys.removeAt(i);
        }
    }
    model.tables = std::move(tables);
    // What the catalog extras name after their table: "schema.table.name" (PostgreSQL
    // triggers, policies, rules) or "schema.table" (row level security, a partitioned table's
    // key). Other items (functions, sequences, MariaDB/SQLite triggers, named on their own)
    // do not say which table they belong to and stay.
    static const QSet<QString> onTable = {QStringLiteral("row level security"),
                                          QStringLiteral("partitioned table")};
    static const QSet<QString> inTable = {QStringLiteral("trigger"), QStringLiteral("policy"),
                                          QStringLiteral("rule")};
    const qsizetype itemsBefore = report.items.size();
    report.items.removeIf([&](const ImportReportItem& item) {
        if (onTable.contains(item.objectType))
            return removedPaths.contains(item.name);
        const QString table = tableOfPath(item.name);
        return inTable.contains(item.objectType) && table != item.name &&
               removedPaths.contains(table);
    });
    report.filteredObjects += int(itemsBefore - report.items.size());
    report.notes.removeIf([&](const model::Diagnostic& note) {
        return (!note.objectId.isNull() && removedObjects.contains(note.objectId)) ||
               removedPaths.contains(tableOfPath(note.path));
    });
    report.tables = int(model.tables.size());
    report.filteredTables += int(removed.size());
}

} // namespace schemata::connect
