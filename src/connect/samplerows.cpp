#include "connect/samplerows.h"

#include "connect/sqltext.h"
#include "dialect/dialect.h"
#include "migrate/differ.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <memory>

namespace schemata::connect {

using model::LogicalType;

namespace {

std::optional<qint64> countRows(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

// Columns whose value can be compared with `=` after a migration on every engine
// (floating point, temporal and binary values have engine-specific text forms).
bool isCheckable(const LogicalType& type)
{
    return type.isInteger() || type.kind == LogicalType::Kind::Varchar ||
           type.kind == LogicalType::Kind::Text;
}

} // namespace

SampleRows::SampleRows(QString dialect) : m_dialect(std::move(dialect)) {}

QString SampleRows::qualifiedName(const model::Model& catalog, const model::Table& table) const
{
    const auto dialect = dialect::createDialect(m_dialect);
    const QString name = dialect->quoteIdentifier(table.name);
    // Only PostgreSQL has schemas inside one database; the MySQL and SQLite readers
    // report the connection's own database, which unqualified names already mean.
    if (dialect->capabilities().schemas) {
        if (const model::Schema* schema = catalog.schema(table.schemaId))
            return dialect->quoteIdentifier(schema->name) + u'.' + name;
    }
    return name;
}

QString SampleRows::literal(const model::Model& catalog, const model::Column& column,
                            qint64 n) const
{
    const auto dialect = dialect::createDialect(m_dialect);
    const bool postgres = m_dialect == u"postgres";
    const LogicalType& t = column.type;
    const auto quoted = [&](const QString& text) { return dialect->quoteLiteral(text); };
    switch (t.kind) {
    case LogicalType::Kind::SmallInt:
        return QString::number(n % 30000);
    case LogicalType::Kind::Integer:
    case LogicalType::Kind::BigInt:
        return QString::number(n);
    case LogicalType::Kind::Decimal: {
        if (t.precision < 0)
            return QString::number(n);
        const int integerDigits = t.precision - qMax(0, t.scale);
        if (integerDigits <= 0)
            return QStringLiteral("0");
        qint64 limit = 1;
        for (int i = 0; i < qMin(integerDigits, 15); ++i)
            limit *= 10;
        return QString::number(n % limit);
    }
    case LogicalType::Kind::Real:
    case LogicalType::Kind::Double:
        return QStringLiteral("%1.5").arg(n);
    case LogicalType::Kind::Varchar:
    case LogicalType::Kind::Char:
    case LogicalType::Kind::Text: {
        QString value = u'v' + QString::number(n);
        if (t.length > 0 && value.size() > t.length)
            value = QString::number(n, 36).right(t.length); // still distinct for small n
        return quoted(value);
    }
    case LogicalType::Kind::Boolean:
        if (postgres)
            return n % 2 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return QString::number(n % 2);
    case LogicalType::Kind::Date:
        return quoted(QDate(2024, 1, 1).addDays(n % 3650).toString(Qt::ISODate));
    case LogicalType::Kind::Time:
        return quoted(QTime(0, 0).addSecs(int(n % 86400)).toString(QStringLiteral("HH:mm:ss")));
    case LogicalType::Kind::Timestamp:
    case LogicalType::Kind::TimestampTz: {
        const QDateTime at(QDate(2024, 1, 1).addDays(n % 3650), QTime(12, 0).addSecs(int(n % 3600)),
                           QTimeZone::UTC);
        QString text = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (postgres && t.kind == LogicalType::Kind::TimestampTz)
            text += QStringLiteral("+00");
        return quoted(text);
    }
    case LogicalType::Kind::Interval:
        return postgres ? quoted(QStringLiteral("%1 minutes").arg(n)) : QString();
    case LogicalType::Kind::Uuid:
        return quoted(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 16, QLatin1Char('0')));
    case LogicalType::Kind::Json:
    case LogicalType::Kind::Jsonb:
        return quoted(QStringLiteral("{\"n\": %1}").arg(n));
    case LogicalType::Kind::Bytes: {
        const QString hex = QStringLiteral("%1").arg(n % 256, 2, 16, QLatin1Char('0'));
        return postgres ? quoted(QStringLiteral("\\x") + hex) : QStringLiteral("X'%1'").arg(hex);
    }
    case LogicalType::Kind::Enum: {
        const model::EnumType* e = catalog.enumType(t.enumId);
        if (!e || e->values.isEmpty())
            return {};
        return quoted(e->values.at(int(n % e->values.size())));
    }
    }
    return {};
}

QStringList SampleRows::insert(const QSqlDatabase& db, const model::Model& catalog,
                               const QString& context)
{
    m_rows.clear();
    QStringList notes;
    const auto dialect = dialect::createDialect(m_dialect);
    const QRegularExpression inList(
        QStringLiteral("^\\s*[\"`]?(\\w+)[\"`]?\\s+IN\\s*\\((.*)\\)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // column id → literal of the row inserted into that table in this round
    QHash<core::Id, QHash<core::Id, QString>> inserted;
    QList<const model::Table*> pending;
    for (const model::Table& table : catalog.tables)
        pending.append(&table);
    QHash<core::Id, QString> reasons; // why a pending table could not go in yet

    // Foreign-key order: a table goes in once every table its non-null FKs reference
    // has its row; repeated passes, so the order of catalog.tables does not matter.
    bool progress = true;
    while (progress && !pending.isEmpty()) {
        progress = false;
        for (qsizetype p = 0; p < pending.size(); ++p) {
            const model::Table& table = *pending.at(p);
            QHash<core::Id, QString> values; // column id → literal; absent = omitted
            // CHECK (c IN ('a', 'b')): emulated enums (SQLite) and hand-written lists;
            // a generic value would break them, one of the listed values does not.
            QHash<QString, QStringList> allowedValues;
            for (const model::CheckConstraint& check : table.checks) {
                const auto match = inList.match(sqltext::stripOuterParens(check.expression));
                if (!match.hasMatch())
                    continue;
                QStringList list;
                for (const QString& item : sqltext::splitTopLevel(match.captured(2), u',')) {
                    if (const auto v = sqltext::stringLiteralValue(item))
                        list.append(*v);
                }
                allowedValues.insert(match.captured(1), list);
            }
            QString problem;
            const qint64 n = ++m_counter;
            for (const model::Column& column : table.columns) {
                if (!column.generatedExpression.isEmpty() ||
                    column.identity == model::Identity::Always)
                    continue; // the engine computes these
                QString value = literal(catalog, column, n);
                if (const auto allowed = allowedValues.constFind(column.name);
                    allowed != allowedValues.constEnd() && !allowed->isEmpty())
                    value = dialect->quoteLiteral(allowed->at(int(n % allowed->size())));
                if (value.isEmpty()) {
                    problem = QStringLiteral("no sample value for column %1 of type %2")
                                  .arg(column.name, column.type.toString());
                    break;
                }
                values.insert(column.id, value);
            }
            bool waiting = false;
            for (const model::ForeignKey& fk : table.foreignKeys) {
                if (!problem.isEmpty())
                    break;
                const bool self = fk.referencedTableId == table.id;
                const auto target = inserted.constFind(fk.referencedTableId);
                bool allNullable = true;
                for (const core::Id& c : fk.columnIds) {
                    const model::Column* column = table.column(c);
                    allNullable = allNullable && column && column->nullable;
                }
                const QHash<core::Id, QString>* source =
                    self ? &values : (target != inserted.constEnd() ? &*target : nullptr);
                bool resolved = source != nullptr;
                for (qsizetype k = 0; resolved && k < fk.columnIds.size(); ++k) {
                    resolved = k < fk.referencedColumnIds.size() &&
                               source->contains(fk.referencedColumnIds.at(k));
                }
                if (resolved) {
                    QHash<core::Id, QString> copy = *source; // `source` may be `values`
                    for (qsizetype k = 0; k < fk.columnIds.size(); ++k)
                        values.insert(fk.columnIds.at(k), copy.value(fk.referencedColumnIds.at(k)));
                } else if (allNullable) {
                    for (const core::Id& c : fk.columnIds)
                        values.insert(c, QStringLiteral("NULL"));
                } else if (!self && catalog.table(fk.referencedTableId) &&
                           reasons.value(fk.referencedTableId).isEmpty() &&
                           !inserted.contains(fk.referencedTableId)) {
                    waiting = true; // the referenced table may still get its row
                    problem = QStringLiteral("foreign key %1 needs a row in a table that got none")
                                  .arg(fk.name);
                } else {
                    problem =
                        QStringLiteral("foreign key %1 cannot be satisfied simply").arg(fk.name);
                }
            }
            if (waiting) {
                --m_counter;
                continue;
            }
            pending.removeAt(p--);
            progress = true;
            if (!problem.isEmpty()) {
                reasons.insert(table.id, problem);
                notes.append(QStringLiteral("%1: no sample row in %2: %3")
                                 .arg(context, table.name, problem));
                continue;
            }
            QStringList columns;
            QStringList literals;
            for (const model::Column& column : table.columns) {
                if (values.contains(column.id)) {
                    columns.append(dialect->quoteIdentifier(column.name));
                    literals.append(values.value(column.id));
                }
            }
            const QString target = qualifiedName(catalog, table);
            QString sql;
            if (columns.isEmpty())
                sql = m_dialect == u"mysql" || m_dialect == u"mariadb"
                          ? QStringLiteral("INSERT INTO %1 () VALUES ()").arg(target)
                          : QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(target);
            else
                sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(target, columns.join(QStringLiteral(", ")),
                               literals.join(QStringLiteral(", ")));
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                reasons.insert(table.id, query.lastError().text());
                notes.append(QStringLiteral("%1: no sample row in %2: the engine refused %3: %4")
                                 .arg(context, table.name, sql, query.lastError().text()));
                continue;
            }
            query.finish();
            QString error;
            const auto count =
                countRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(target), &error);
            if (!count) {
                notes.append(QStringLiteral("%1: cannot count rows of %2: %3")
                                 .arg(context, table.name, error));
                continue;
            }
            inserted.insert(table.id, values);
            Row row{table.id, table.name, *count, {}};
            for (const model::Column& column : table.columns) {
                const QString value = values.value(column.id);
                if (isCheckable(column.type) && !value.isEmpty() && value != u"NULL")
                    row.values.append({column.id, value});
            }
            m_rows.append(row);
        }
    }
    for (const model::Table* table : std::as_const(pending))
        notes.append(QStringLiteral("%1: no sample row in %2: its foreign keys form a cycle of "
                                    "non-null references")
                         .arg(context, table->name));
    return notes;
}

QStringList SampleRows::clear(const QSqlDatabase& db, const model::Model& catalog)
{
    m_rows.clear();
    QStringList errors;
    if (catalog.tables.isEmpty())
        return errors;
    const bool postgres = m_dialect == u"postgres";
    const bool mysql = m_dialect == u"mysql" || m_dialect == u"mariadb";
    QStringList statements;
    if (postgres) {
        QStringList names;
        for (const model::Table& table : catalog.tables)
            names.append(qualifiedName(catalog, table));
        statements.append(
            QStringLiteral("TRUNCATE %1 CASCADE").arg(names.join(QStringLiteral(", "))));
    } else {
        statements.append(mysql ? QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")
                                : QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const model::Table& table : catalog.tables)
            statements.append(QStringLiteral("DELETE FROM %1").arg(qualifiedName(catalog, table)));
        statements.append(mysql ? QStringLiteral("SET FOREIGN_KEY_CHECKS = 1")
                                : QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    for (const QString& sql : std::as_const(statements)) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            errors.append(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    }
    return errors;
}

QStringList SampleRows::check(const QSqlDatabase& db, const model::Model& before,
                              const model::Model& after) const
{
    QStringList lost;
    if (m_rows.isEmpty())
        return lost;
    const auto dialect = dialect::createDialect(m_dialect);
    const migrate::ChangeSet changes =
        migrate::diffModels(before, after, {migrate::DiffOptions::Matching::ByName});
    for (const Row& row : m_rows) {
        const model::Table* old = before.table(row.tableId);
        if (!old)
            continue;
        const model::Schema* oldSchema = before.schema(old->schemaId);
        const model::Table* now =
            after.tableByName(oldSchema ? oldSchema->name : QString(), old->name);
        if (!now) {
            // Renamed? Follow the best-scoring candidate the differ offers.
            int best = -1;
            for (const migrate::RenameCandidate& c : changes.renameCandidates) {
                if (c.kind == migrate::ObjectKind::Table && c.fromId == row.tableId &&
                    c.score > best) {
                    best = c.score;
                    now = after.table(c.toId);
                }
            }
        }
        if (!now) {
            lost.append(QStringLiteral("table %1 (with a sample row) is gone").arg(row.tableName));
            continue;
        }
        const QString target = qualifiedName(after, *now);
        QString error;
        const auto count =
            countRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(target), &error);
        if (!count) {
            lost.append(QStringLiteral("cannot count rows of %1: %2").arg(now->name, error));
            continue;
        }
        if (*count != row.countAfterInsert) {
            lost.append(QStringLiteral("table %1 had %2 row(s) before the migration, %3 after")
                            .arg(now->name)
                            .arg(row.countAfterInsert)
                            .arg(*count));
            continue;
        }
        QStringList conditions;
        for (const auto& [columnId, value] : row.values) {
            const model::Column* was = old->column(columnId);
            const model::Column* is = was ? now->columnByName(was->name) : nullptr;
            if (is && is->type == was->type)
                conditions.append(dialect->quoteIdentifier(is->name) + QStringLiteral(" = ") +
                                  value);
        }
        if (conditions.isEmpty())
            continue;
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                .arg(target, conditions.join(QStringLiteral(" AND ")));
        const auto found = countRows(db, sql, &error);
        if (!found)
            lost.append(
                QStringLiteral("cannot look up the sample row of %1: %2").arg(now->name, error));
        else if (*found == 0)
            lost.append(QStringLiteral("the sample row of %1 (%2) is gone or changed")
                            .arg(now->name, conditions.join(QStringLiteral(" AND "))));
    }
    return lost;
}

} // namespace schemata::connect
