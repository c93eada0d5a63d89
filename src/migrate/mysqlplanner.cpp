#include "migrate/mysqlplanner.h"

#include "migrate/plannersupport.h"

using namespace Qt::Literals::StringLiterals;

namespace schemata::migrate {

using model::Column;
using model::Table;
using Kind = model::LogicalType::Kind;

namespace {

// utf8mb4: up to 4 bytes a character; a VARCHAR stores its length in 1 byte up to 255 bytes.
constexpr int kBytesPerChar = 4;
constexpr int kOneLengthByte = 255;

bool sameExceptNullability(Column a, Column b)
{
    a.nullable = b.nullable;
    a.id = b.id;
    a.name = b.name;
    a.pii = b.pii;
    a.retention = b.retention;
    return a == b;
}

} // namespace

MysqlPlanner::MysqlPlanner(dialect::mysql::MysqlDialect::Flavor flavor)
    : PlannerBase(std::make_unique<dialect::mysql::MysqlDialect>(flavor)), m_flavor(flavor)
{}

QString MysqlPlanner::algorithm(const PlanContext& ctx, QLatin1StringView clause) const
{
    return ctx.options.safePatterns ? QStringLiteral(", ") + QString(clause) : QString();
}

QString MysqlPlanner::guard(const PlanContext& ctx, QLatin1StringView clause) const
{
    return ctx.options.guards && isMariaDb() ? QString(clause) + u' ' : QString();
}

void MysqlPlanner::warnCopy(PlanContext& ctx, Side side, const QString& path, const QString& what,
                            const core::Id& objectId) const
{
    if (side != Side::To || !ctx.options.safePatterns)
        return;
    ctx.warn(QStringLiteral("table-copy"), path,
             QStringLiteral("%1 copies the table to %2, blocking writes until the copy is done "
                            "(run it in a quiet window or with an online schema change tool "
                            "such as gh-ost or pt-online-schema-change).")
                 .arg(dialect().displayName(), what),
             objectId);
}

void MysqlPlanner::planFrame(PlanContext& ctx) const
{
    ctx.plan.transactional = false; // DDL commits implicitly
}

QStringList MysqlPlanner::renameTableSql(const PlanContext& ctx, const Table& fromTable,
                                         const Table& toTable) const
{
    const Side a = ctx.fromIndex.table(fromTable.id) == &fromTable ? Side::From : Side::To;
    const Side b = a == Side::From ? Side::To : Side::From;
    const QString from = ctx.sqlName(a, fromTable.id);
    const QString to = ctx.sqlName(b, toTable.id);
    if (from == to)
        return {};
    return {QStringLiteral("RENAME TABLE %1 TO %2").arg(from, to)};
}

QStringList MysqlPlanner::renameTableNameSql(const PlanContext&, const Table&,
                                             const QString& fromName, const QString& toName) const
{
    return {QStringLiteral("RENAME TABLE %1 TO %2").arg(q(fromName), q(toName))};
}

QStringList MysqlPlanner::renameViewSql(const PlanContext& ctx, const model::View& fromView,
                                        const model::View& toView) const
{
    const Side a = ctx.from.view(fromView.id) == &fromView ? Side::From : Side::To;
    const Side b = a == Side::From ? Side::To : Side::From;
    const QString from = ctx.sqlName(a, fromView.id);
    const QString to = ctx.sqlName(b, toView.id);
    if (from == to)
        return {};
    return {QStringLiteral("RENAME TABLE %1 TO %2").arg(from, to)};
}

QStringList MysqlPlanner::renameViewNameSql(const PlanContext&, const model::View&,
                                            const QString& fromName, const QString& toName) const
{
    return {QStringLiteral("RENAME TABLE %1 TO %2").arg(q(fromName), q(toName))};
}

QString MysqlPlanner::renameColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                                      const QString& fromName, const QString& toName) const
{
    return QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3%4")
        .arg(tableSqlName, q(fromName), q(toName),
             algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1));
}

QStringList MysqlPlanner::renameMemberSql(const PlanContext& ctx, ObjectKind kind,
                                          const Table& toTable, const QString& fromName,
                                          const QString& toName) const
{
    if (kind != ObjectKind::Index && kind != ObjectKind::Unique)
        return {}; // foreign keys and checks cannot be renamed: dropped and added again
    return {QStringLiteral("ALTER TABLE %1 RENAME INDEX %2 TO %3%4")
                .arg(ctx.sqlName(Side::To, toTable.id), q(fromName), q(toName),
                     algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1))};
}

QStringList MysqlPlanner::addColumnSql(PlanContext& ctx, Side side, const Table& table,
                                       const Column& column, const QString& tableSqlName) const
{
    // Same place as in a fresh CREATE TABLE.
    QString position;
    const qsizetype at = table.columns.indexOf(column);
    if (at == 0)
        position = QStringLiteral(" FIRST");
    else if (at > 0 && at < table.columns.size() - 1)
        position = QStringLiteral(" AFTER ") + q(table.columns.at(at - 1).name);
    const auto* parts = ctx.columnParts(side, column.id);
    const bool constantDefault = !parts || parts->defaultSql.isEmpty() ||
                                 column.defaultValue.kind == model::ColumnDefault::Kind::Literal;
    const bool instant = parts && parts->identity.isEmpty() &&
                         (parts->generated.isEmpty() || !column.generatedStored) && constantDefault;
    QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2%3%4")
                      .arg(tableSqlName, guard(ctx, "IF NOT EXISTS"_L1),
                           ctx.columnDefinition(side, column.id), position);
    if (instant)
        sql += algorithm(ctx, "ALGORITHM=INSTANT"_L1);
    else
        warnCopy(ctx, side, pathOf(ctx, side, table, column.name),
                 QStringLiteral("add an AUTO_INCREMENT, stored generated or expression-default "
                                "column"),
                 column.id);
    return {sql};
}

QString MysqlPlanner::dropColumnSql(const PlanContext& ctx, const QString& tableSqlName,
                                    const QString& columnName) const
{
    return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2%3%4")
        .arg(tableSqlName, guard(ctx, "IF EXISTS"_L1), q(columnName),
             algorithm(ctx, "ALGORITHM=INSTANT"_L1));
}

QString MysqlPlanner::restoredColumnFill(const PlanContext&, const model::Column&) const
{
    // ADD COLUMN … NOT NULL without DEFAULT fills existing rows itself, as the up does.
    return QStringLiteral("the type's implicit default (0, '', the zero date or the first "
                          "enum value)");
}

QStringList MysqlPlanner::alterColumnSql(PlanContext& ctx, Side beforeSide, const Table&,
                                         const Column& before, Side afterSide,
                                         const Table& afterTable, const Column& after,
                                         const QString& tableSqlName) const
{
    const auto* pb = ctx.columnParts(beforeSide, before.id);
    const auto* pa = ctx.columnParts(afterSide, after.id);
    if (!pb || !pa)
        return {};
    // Column steps run after the renames: the column has its new name both ways.
    const QString current = beforeSide == Side::From ? after.name : before.name;
    const QString oldDefinition = ctx.columnDefinition(beforeSide, before.id, current);
    const QString newDefinition = ctx.columnDefinition(afterSide, after.id, current);
    if (oldDefinition == newDefinition)
        return {};
    const QString col = q(current);
    // Only the default differs: ALTER COLUMN … SET/DROP DEFAULT changes metadata alone.
    const QString withoutDefault = [&] {
        QString d = oldDefinition;
        if (!pb->defaultSql.isEmpty())
            d.replace(QStringLiteral(" DEFAULT ") + pb->defaultSql, QString());
        return d;
    }();
    QString afterWithoutDefault = newDefinition;
    if (!pa->defaultSql.isEmpty())
        afterWithoutDefault.replace(QStringLiteral(" DEFAULT ") + pa->defaultSql, QString());
    const bool literalDefault =
        pa->defaultSql.isEmpty() || after.defaultValue.kind == model::ColumnDefault::Kind::Literal;
    if (withoutDefault == afterWithoutDefault && literalDefault) {
        const QString change = pa->defaultSql.isEmpty()
                                   ? QStringLiteral("DROP DEFAULT")
                                   : QStringLiteral("SET DEFAULT ") + pa->defaultSql;
        return {QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3%4")
                    .arg(tableSqlName, col, change, algorithm(ctx, "ALGORITHM=INSTANT"_L1))};
    }
    QString sql =
        QStringLiteral("ALTER TABLE %1 MODIFY COLUMN %2").arg(tableSqlName, newDefinition);
    // Which online algorithm the change allows.
    const model::LogicalType& a = before.type;
    const model::LogicalType& b = after.type;
    bool instant = false;
    bool inplace = false;
    if (a.kind == Kind::Enum && b.kind == Kind::Enum && sameExceptNullability(before, after) &&
        before.nullable == after.nullable) {
        // Same column over an enum whose values changed: appending keeps the storage.
        const model::EnumType* ea = ctx.index(beforeSide).enumType(a.enumId);
        const model::EnumType* eb = ctx.index(afterSide).enumType(b.enumId);
        instant = ea && eb && eb->values.size() <= 255 && eb->values.size() >= ea->values.size() &&
                  eb->values.mid(0, ea->values.size()) == ea->values;
        if (!instant)
            warnCopy(ctx, afterSide, pathOf(ctx, afterSide, afterTable, after.name),
                     QStringLiteral("change ENUM values other than by appending them"), after.id);
    } else if (sameExceptNullability(before, after)) {
        inplace = true;
    } else if (a.kind == Kind::Varchar && b.kind == Kind::Varchar && a.length > 0 &&
               b.length >= a.length && a.overrides == b.overrides) {
        Column widened = before;
        widened.type = b;
        const bool sameClass = (a.length * kBytesPerChar <= kOneLengthByte) ==
                               (b.length * kBytesPerChar <= kOneLengthByte);
        inplace =
            sameClass && sameExceptNullability(widened, after) && before.nullable == after.nullable;
    }
    if (instant)
        sql += algorithm(ctx, "ALGORITHM=INSTANT"_L1);
    else if (inplace)
        sql += algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1);
    else if (!(a == b) || before.collation != after.collation ||
             before.generatedExpression != after.generatedExpression)
        warnCopy(ctx, afterSide, pathOf(ctx, afterSide, afterTable, after.name),
                 QStringLiteral("change a column's type"), after.id);
    return {sql};
}

QStringList MysqlPlanner::tableCommentSql(const PlanContext&, Side, const Table& table,
                                          const QString& tableSqlName) const
{
    return {QStringLiteral("ALTER TABLE %1 COMMENT = %2").arg(tableSqlName, lit(table.comment))};
}

QStringList MysqlPlanner::addConstraintSql(PlanContext& ctx, Side side, ObjectKind kind,
                                           const Table& table, const core::Id& objectId,
                                           const QString& tableSqlName, bool) const
{
    const QString clause = ctx.fragments(side).constraintClauses.value(objectId);
    if (clause.isEmpty())
        return {};
    QString sql = QStringLiteral("ALTER TABLE %1 ADD %2").arg(tableSqlName, clause);
    const QString path = pathOf(ctx, side, table, ctx.objectName(side, objectId));
    switch (kind) {
    case ObjectKind::Unique:
        sql += algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1);
        break;
    case ObjectKind::ForeignKey:
        warnCopy(ctx, side, path, QStringLiteral("add a foreign key (foreign_key_checks on)"),
                 objectId);
        break;
    case ObjectKind::Check:
        warnCopy(ctx, side, path, QStringLiteral("add a CHECK constraint"), objectId);
        break;
    default:
        break;
    }
    return {sql};
}

QStringList MysqlPlanner::addCarriedCheckSql(PlanContext& ctx, Side side, const Table& table,
                                             const QString& name, const QString& clause,
                                             const QString& tableSqlName) const
{
    warnCopy(ctx, side, pathOf(ctx, side, table, name), QStringLiteral("add a CHECK constraint"),
             table.id);
    return {QStringLiteral("ALTER TABLE %1 ADD %2").arg(tableSqlName, clause)};
}

bool MysqlPlanner::foreignKeyHasOwnIndex(const PlanContext& ctx, Side side, const Table& table,
                                         const core::Id& foreignKeyId) const
{
    const model::ForeignKey* fk = nullptr;
    for (const auto& f : table.foreignKeys)
        if (f.id == foreignKeyId)
            fk = &f;
    if (!fk)
        return false;
    auto leads = [fk](const QList<core::Id>& columns) {
        return columns.size() >= fk->columnIds.size() &&
               columns.mid(0, fk->columnIds.size()) == fk->columnIds;
    };
    if (table.primaryKey && leads(table.primaryKey->columnIds))
        return false;
    for (const auto& k : table.uniques)
        if (leads(k.columnIds))
            return false;
    for (const auto& i : table.indexes) {
        if (ctx.statements(side, i.id).isEmpty())
            continue;
        QList<core::Id> columns;
        for (const auto& key : i.keys)
            columns.append(key.columnId);
        if (leads(columns))
            return false;
    }
    return true;
}

QStringList MysqlPlanner::dropConstraintSql(const PlanContext& ctx, Side side, ObjectKind kind,
                                            const Table& table, const core::Id& objectId,
                                            const QString& tableSqlName, const QString& name) const
{
    const QString alter = QStringLiteral("ALTER TABLE %1 ").arg(tableSqlName);
    switch (kind) {
    case ObjectKind::PrimaryKey:
        return {alter + QStringLiteral("DROP PRIMARY KEY")};
    case ObjectKind::Unique:
        return {alter + QStringLiteral("DROP INDEX %1%2%3")
                            .arg(guard(ctx, "IF EXISTS"_L1), q(name),
                                 algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1))};
    case ObjectKind::ForeignKey: {
        QStringList out{alter + QStringLiteral("DROP FOREIGN KEY %1%2%3")
                                    .arg(guard(ctx, "IF EXISTS"_L1), q(name),
                                         algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1))};
        // InnoDB made an index for the key (named after it) and keeps it after the key.
        if (foreignKeyHasOwnIndex(ctx, side, table, objectId))
            out.append(alter + QStringLiteral("DROP INDEX %1%2%3")
                                   .arg(guard(ctx, "IF EXISTS"_L1), q(name),
                                        algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1)));
        return out;
    }
    case ObjectKind::Check:
        return {
            alter +
            (isMariaDb()
                 ? QStringLiteral("DROP CONSTRAINT %1%2").arg(guard(ctx, "IF EXISTS"_L1), q(name))
                 : QStringLiteral("DROP CHECK %1").arg(q(name)))};
    default:
        break;
    }
    return {};
}

QStringList MysqlPlanner::createIndexSql(const PlanContext& ctx, Side side, const Table&,
                                         const model::Index& index) const
{
    QStringList statements = ctx.statements(side, index.id);
    bool expression = false;
    for (const auto& key : index.keys)
        expression = expression || key.columnId.isNull();
    if (!statements.isEmpty() && !expression && ctx.options.safePatterns)
        statements.first() += QStringLiteral(" ALGORITHM=INPLACE LOCK=NONE");
    if (!statements.isEmpty() && isMariaDb() && ctx.options.guards) {
        QString& sql = statements.first();
        for (const QLatin1StringView head : {"CREATE UNIQUE INDEX "_L1, "CREATE INDEX "_L1}) {
            if (sql.startsWith(head)) {
                sql.insert(head.size(), QStringLiteral("IF NOT EXISTS "));
                break;
            }
        }
    }
    return statements;
}

QString MysqlPlanner::dropIndexSql(const PlanContext& ctx, Side side, const Table& table,
                                   const QString& indexName) const
{
    // ALTER TABLE rather than DROP INDEX … ON: MariaDB's DROP INDEX takes no ALGORITHM.
    return QStringLiteral("ALTER TABLE %1 DROP INDEX %2%3%4")
        .arg(ctx.sqlName(side, table.id), guard(ctx, "IF EXISTS"_L1), q(indexName),
             algorithm(ctx, "ALGORITHM=INPLACE, LOCK=NONE"_L1));
}

} // namespace schemata::migrate
