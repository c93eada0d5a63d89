#include "migrate/sqlitetablerebuild.h"

namespace schemata::migrate {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

// The value of a column with no source: nothing is inserted, so the column's
// DEFAULT applies (or NULL).
bool receivesNoValue(const model::Column& column)
{
    return column.generatedExpression.trimmed().isEmpty() && !column.nullable &&
           column.defaultValue.kind == model::ColumnDefault::Kind::None &&
           column.identity == model::Identity::None;
}

} // namespace

SqliteTableRebuild::SqliteTableRebuild(Side source, Side target, QString currentName,
                                       const QSet<QString>& taken)
    : m_source(std::move(source)), m_target(std::move(target)),
      m_currentName(std::move(currentName))
{
    // "new_X" as in the documentation; more "new_" while that name is in use, so the
    // choice depends only on the two models (deterministic).
    m_temporaryName = QStringLiteral("new_") + m_currentName;
    while (taken.contains(m_temporaryName.toLower()))
        m_temporaryName.prepend(QStringLiteral("new_"));
}

QStringList SqliteTableRebuild::statements(const dialect::Dialect& dialect) const
{
    const QString current = dialect.quoteIdentifier(m_currentName);
    const QString temporary = dialect.quoteIdentifier(m_temporaryName);
    const QString ddlName = dialect.quoteIdentifier(m_target.ddlName);
    QStringList sql;
    sql.append(retargetCreateTable(m_target.createTableSql, ddlName, temporary));

    // Columns by id. No CAST: SQLite converts on insert by the target column's affinity,
    // exactly as CAST would for values that convert, and keeps the ones that do not
    // (CAST('abc' AS INTEGER) would silently turn them into 0). Generated columns are
    // computed by the new table, never inserted. A column that becomes NOT NULL and has a
    // default takes the default where it held NULL, as a fresh insert would; without a
    // default the copy fails on the first NULL (and the transaction rolls back).
    QStringList into;
    QStringList select;
    for (const model::Column& column : m_target.table.columns) {
        if (!column.generatedExpression.trimmed().isEmpty())
            continue;
        const model::Column* from = m_source.table.column(column.id);
        const QString zero =
            column.type.isNumeric() || column.type.kind == model::LogicalType::Kind::Boolean
                ? QStringLiteral("0")
                : QStringLiteral("''");
        if (!from) {
            // New column: its DEFAULT (or NULL) fills it, unless it has neither.
            if (m_fillRestoredColumns && receivesNoValue(column)) {
                into.append(dialect.quoteIdentifier(column.name));
                select.append(zero);
            }
            continue;
        }
        into.append(dialect.quoteIdentifier(column.name));
        const QString value = dialect.quoteIdentifier(from->name);
        QString fallback = m_target.defaultSql.value(column.id);
        if (fallback.isEmpty() && m_fillRestoredColumns)
            fallback = zero;
        if (!column.nullable && from->nullable && !fallback.isEmpty())
            select.append(QStringLiteral("coalesce(%1, %2)").arg(value, fallback));
        else
            select.append(value);
    }
    if (!into.isEmpty())
        sql.append(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4")
                       .arg(temporary, into.join(QStringLiteral(", ")),
                            select.join(QStringLiteral(", ")), current));
    // AUTOINCREMENT promises never to reuse an id, even of deleted rows; the copy would
    // restart the counter at the largest id present, so carry the old counter over.
    const QLatin1String autoincrement("PRIMARY KEY AUTOINCREMENT");
    if (m_source.createTableSql.contains(autoincrement) &&
        m_target.createTableSql.contains(autoincrement)) {
        const QString newName = dialect.quoteLiteral(m_temporaryName);
        sql.append(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1").arg(newName));
        sql.append(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT %1, seq FROM "
                                  "sqlite_sequence WHERE name = %2")
                       .arg(newName, dialect.quoteLiteral(m_currentName)));
    }
    sql.append(QStringLiteral("DROP TABLE %1").arg(current));
    sql.append(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(temporary, current));
    for (const QString& index : m_target.indexSql)
        sql.append(retargetIndex(index, ddlName, current));
    // Rows of this table pointing nowhere (a new or changed foreign key, a dropped
    // parent). Any row returned means the migration must not be committed.
    sql.append(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(current));
    return sql;
}

QStringList SqliteTableRebuild::lostColumns() const
{
    QStringList lost;
    for (const model::Column& column : m_source.table.columns) {
        const model::Column* to = m_target.table.column(column.id);
        // A stored value that the target computes (or does not have) is gone.
        const bool sourceStored = column.generatedExpression.trimmed().isEmpty();
        if (sourceStored && (!to || !to->generatedExpression.trimmed().isEmpty()))
            lost.append(column.name);
    }
    return lost;
}

QStringList SqliteTableRebuild::unfillableColumns() const
{
    QStringList names;
    for (const model::Column& column : m_target.table.columns) {
        if (!m_source.table.column(column.id) && receivesNoValue(column))
            names.append(column.name);
    }
    return names;
}

QString SqliteTableRebuild::retargetCreateTable(const QString& sql, const QString& quotedFrom,
                                                const QString& quotedTo)
{
    const QString prefix = QStringLiteral("CREATE TABLE ") + quotedFrom + QStringLiteral(" (");
    if (!sql.startsWith(prefix))
        return sql;
    return QStringLiteral("CREATE TABLE ") + quotedTo + QStringLiteral(" (") +
           sql.mid(prefix.size());
}

QString SqliteTableRebuild::retargetIndex(const QString& sql, const QString& quotedFrom,
                                          const QString& quotedTo)
{
    if (quotedFrom == quotedTo)
        return sql;
    // "CREATE [UNIQUE ]INDEX name ON table (": the first " ON table (" after the index
    // name; the name is quoted whenever it holds a space, so the search cannot stop inside it.
    const QString needle = QStringLiteral(" ON ") + quotedFrom + QStringLiteral(" (");
    const qsizetype at = sql.indexOf(needle);
    if (at < 0)
        return sql;
    return sql.left(at) + QStringLiteral(" ON ") + quotedTo + QStringLiteral(" (") +
           sql.mid(at + needle.size());
}

QString SqliteTableRebuild::retargetReferences(const QString& sql,
                                               const QHash<QString, QString>& quotedNames)
{
    if (quotedNames.isEmpty())
        return sql;
    const QString keyword = QStringLiteral("REFERENCES ");
    QString out;
    qsizetype done = 0;
    for (qsizetype at = sql.indexOf(keyword); at >= 0; at = sql.indexOf(keyword, at)) {
        const qsizetype start = at + keyword.size();
        // The name: "…" (a doubled quote inside) or bare up to the space before "(".
        qsizetype end = start;
        if (start < sql.size() && sql.at(start) == u'"') {
            for (end = start + 1; end < sql.size(); ++end) {
                if (sql.at(end) != u'"')
                    continue;
                if (end + 1 < sql.size() && sql.at(end + 1) == u'"')
                    ++end;
                else
                    break;
            }
            ++end;
        } else {
            while (end < sql.size() && sql.at(end) != u' ' && sql.at(end) != u'(')
                ++end;
        }
        const auto it = quotedNames.constFind(sql.mid(start, end - start));
        if (it != quotedNames.constEnd()) {
            out += sql.mid(done, start - done) + *it;
            done = end;
        }
        at = end;
    }
    return out + sql.mid(done);
}

bool SqliteTableRebuild::mentions(QStringView sql, QStringView name)
{
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto matches = [&](const QString& word) {
        return word.compare(name, Qt::CaseInsensitive) == 0;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == u'\'') { // string literal, '' escapes a quote
            ++i;
            while (i < n) {
                if (sql.at(i) == u'\'') {
                    if (i + 1 < n && sql.at(i + 1) == u'\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            QString word;
            ++i;
            while (i < n) {
                if (sql.at(i) == close) {
                    if (close != u']' && i + 1 < n && sql.at(i + 1) == close) {
                        word.append(close);
                        i += 2;
                        continue;
                    }
                    break;
                }
                word.append(sql.at(i));
                ++i;
            }
            ++i;
            if (matches(word))
                return true;
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n && isWordChar(sql.at(i)))
                ++i;
            if (matches(sql.mid(start, i - start).toString()))
                return true;
        } else {
            ++i;
        }
    }
    return false;
}

} // namespace schemata::migrate
