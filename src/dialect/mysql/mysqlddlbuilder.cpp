#include "dialect/mysql/mysqlddlbuilder.h"

#include "dialect/mysql/mysqltypemapper.h"
#include "dialect/sqltext.h"

#include <QRegularExpression>

namespace schemata::dialect::mysql {

using model::Column;
using model::Table;

namespace {

// InnoDB's largest index key prefix that fits every row format with utf8mb4 (3072 bytes / 4).
constexpr int kTextKeyPrefix = 255;
// InnoDB's key part limit is 3072 bytes: a utf8mb4 VARCHAR/CHAR longer than this many
// characters cannot be indexed whole.
constexpr int kMaxWholeKeyChars = 768;

} // namespace

MysqlDdlBuilder::MysqlDdlBuilder(const MysqlDialect& dialect, const model::Model& model)
    : DdlBuilder(dialect, model), m_my(dialect)
{}

void MysqlDdlBuilder::emitPrelude()
{
    for (const model::Schema& schema : m_model.schemas) {
        if (!schema.comment.isEmpty())
            warn(QStringLiteral("comment-dropped"), schema.name,
                 QStringLiteral("%1 has no schemas inside a database, so the schema comment is not "
                                "kept; move it to a table comment.")
                     .arg(m_dialect.displayName()),
                 schema.id);
    }
    for (const model::EnumType& e : m_model.enums) {
        if (!e.comment.isEmpty()) {
            const QString schema = schemaName(e.schemaId);
            warn(QStringLiteral("comment-dropped"),
                 schema.isEmpty() ? e.name : schema + u'.' + e.name,
                 QStringLiteral("Enums are inline ENUM(…) column types in %1 and cannot carry a "
                                "comment; describe them in the column comments.")
                     .arg(m_dialect.displayName()),
                 e.id);
        }
    }
}

TypeMapping MysqlDdlBuilder::mapType(const Column& column) const
{
    return MysqlTypeMapper::map(column.type, m_my.isMariaDb(), m_index.enumType(column.type.enumId),
                                [this](const QString& v) { return lit(v); });
}

QString MysqlDdlBuilder::identityClause(const Table& table, const Column& column)
{
    if (column.identity == model::Identity::Always)
        warn(QStringLiteral("identity-always-emulated"), memberPath(table, column.name),
             QStringLiteral(
                 "%1 cannot forbid explicit values for AUTO_INCREMENT (GENERATED ALWAYS); "
                 "the column is created as AUTO_INCREMENT.")
                 .arg(m_dialect.displayName()),
             column.id);
    return QStringLiteral("AUTO_INCREMENT");
}

QString MysqlDdlBuilder::collationSql(const Table& table, const Column& column)
{
    const QString name = column.collation.trimmed();
    if (name.isEmpty())
        return {};
    // PostgreSQL's byte-order collations; utf8mb4_bin is the same order.
    if (name.compare(u"C", Qt::CaseInsensitive) == 0 ||
        name.compare(u"POSIX", Qt::CaseInsensitive) == 0)
        return QStringLiteral("utf8mb4_bin");
    // MySQL collation names are <charset>_<rules>; anything else would fail CREATE TABLE.
    static const QRegularExpression mysqlName(QStringLiteral("^[A-Za-z0-9]+_[A-Za-z0-9_]+$"));
    if (mysqlName.match(name).hasMatch())
        return q(name);
    warn(QStringLiteral("collation-unsupported"), memberPath(table, column.name),
         QStringLiteral("\"%1\" is not a %2 collation; the column uses the table's default "
                        "(override it with a utf8mb4_… collation).")
             .arg(name, m_dialect.displayName()),
         column.id);
    return {};
}

QString MysqlDdlBuilder::columnCommentClause(const Table&, const Column& column)
{
    if (column.comment.isEmpty())
        return {};
    return QStringLiteral(" COMMENT ") + lit(column.comment);
}

QString MysqlDdlBuilder::primaryKeyClause(const Table& table)
{
    // MySQL names every primary key PRIMARY; a CONSTRAINT name would be ignored.
    if (!table.primaryKey || table.primaryKey->columnIds.isEmpty())
        return {};
    m_script.fragments.names.insert(table.primaryKey->id, QStringLiteral("PRIMARY"));
    return QStringLiteral("PRIMARY KEY (%1)")
        .arg(keyColumnList(table, table.primaryKey->columnIds));
}

bool MysqlDdlBuilder::isKeyLeader(const Table& table, const core::Id& columnId) const
{
    if (table.primaryKey && !table.primaryKey->columnIds.isEmpty() &&
        table.primaryKey->columnIds.first() == columnId)
        return true;
    for (const auto& unique : table.uniques) {
        if (!unique.columnIds.isEmpty() && unique.columnIds.first() == columnId)
            return true;
    }
    for (const model::Index& index : table.indexes) {
        // A partial unique index is skipped, but a non-unique one is still created.
        const bool created = index.where.trimmed().isEmpty() || !index.unique;
        if (created && !index.keys.isEmpty() && index.keys.first().columnId == columnId)
            return true;
    }
    return false;
}

QStringList MysqlDdlBuilder::extraTableElements(const Table& table)
{
    // AUTO_INCREMENT must lead some key; add one when the model has none.
    QStringList extra;
    for (const Column& column : table.columns) {
        if (column.identity == model::Identity::None || !column.type.isInteger() ||
            !column.generatedExpression.trimmed().isEmpty() || isKeyLeader(table, column.id))
            continue;
        const QString name = constraintName(table, {}, {column.name}, QStringLiteral("idx"));
        extra.append(QStringLiteral("KEY %1 (%2)").arg(q(name), q(column.name)));
        warn(QStringLiteral("auto-increment-key-added"), memberPath(table, column.name),
             QStringLiteral("An AUTO_INCREMENT column must be the first column of a key in %1; the "
                            "index %2 is added (make the column the primary key to avoid it).")
                 .arg(m_dialect.displayName(), name),
             column.id);
    }
    return extra;
}

QString MysqlDdlBuilder::tableOptions(const Table& table)
{
    QString options = QStringLiteral("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
    if (!table.comment.isEmpty())
        options += QStringLiteral(" COMMENT=") + lit(table.comment);
    return options;
}

QString MysqlDdlBuilder::keyColumnSql(const Table& table, const Column& column, bool inIndex)
{
    const TypeMapping type = mapType(column);
    const bool overridden =
        typeOverride(column.type, m_dialect.name(), QStringLiteral("mysql")).has_value();
    if (!overridden &&
        (column.type.kind == model::LogicalType::Kind::Varchar ||
         column.type.kind == model::LogicalType::Kind::Char) &&
        column.type.length > kMaxWholeKeyChars) {
        warn(QStringLiteral("index-prefix-length"), memberPath(table, column.name),
             QStringLiteral("InnoDB keys are limited to 3072 bytes, so the %1 uses the first %2 "
                            "characters of %3 (shorten the column to index it whole).")
                 .arg(inIndex ? QStringLiteral("index") : QStringLiteral("key"))
                 .arg(kMaxWholeKeyChars)
                 .arg(type.sql),
             column.id);
        return QStringLiteral("%1(%2)").arg(q(column.name)).arg(kMaxWholeKeyChars);
    }
    if (!MysqlTypeMapper::isLargeObject(type.sql) || type.sql.toUpper() == u"JSON")
        return q(column.name);
    warn(QStringLiteral("index-prefix-length"), memberPath(table, column.name),
         QStringLiteral("%1 can only index the first characters of a %2 column; the %3 uses a "
                        "%4-character prefix (give the column a varchar length to index it whole).")
             .arg(m_dialect.displayName(), type.sql,
                  inIndex ? QStringLiteral("index") : QStringLiteral("key"))
             .arg(kTextKeyPrefix),
         column.id);
    return QStringLiteral("%1(%2)").arg(q(column.name)).arg(kTextKeyPrefix);
}

void MysqlDdlBuilder::emitIndex(const Table& table, const model::Index& index)
{
    const QString path = indexPath(table, index);
    const QString engine = m_dialect.displayName();
    bool hasExpression = false;
    for (const model::IndexKey& key : index.keys)
        hasExpression = hasExpression || key.columnId.isNull();
    if (hasExpression && m_my.isMariaDb()) {
        warn(QStringLiteral("expression-index-unsupported"), path,
             QStringLiteral("%1 cannot index an expression; the index is not created (index a "
                            "generated column holding the expression instead).")
                 .arg(engine),
             index.id);
        return;
    }
    const bool partial = !index.where.trimmed().isEmpty();
    if (partial && index.unique) {
        warn(QStringLiteral("partial-index-unsupported"), path,
             QStringLiteral("%1 has no partial indexes and a unique index over all rows would "
                            "reject valid data; the index is not created.")
                 .arg(engine),
             index.id);
        return;
    }
    if (partial)
        warn(QStringLiteral("partial-index-unsupported"), path,
             QStringLiteral("%1 has no partial indexes; the index covers all rows (WHERE %2 is "
                            "dropped).")
                 .arg(engine, index.where.trimmed()),
             index.id);
    if (!index.includeColumnIds.isEmpty())
        warn(QStringLiteral("include-columns-dropped"), path,
             QStringLiteral("%1 has no INCLUDE columns; they are left out of the index.")
                 .arg(engine),
             index.id);
    QStringList keys;
    bool nullsDropped = false;
    for (const model::IndexKey& key : index.keys) {
        QString part;
        if (key.columnId.isNull()) {
            part = QStringLiteral("(%1)").arg(key.expression.trimmed()); // functional key part
        } else if (const Column* c = m_index.column(table.id, key.columnId)) {
            part = keyColumnSql(table, *c, true);
        } else {
            part = q(key.columnId.toString());
        }
        if (key.sort == model::IndexKey::Sort::Desc)
            part += QStringLiteral(" DESC");
        nullsDropped = nullsDropped || nullsOrderDiffersFromLowest(key);
        keys.append(part);
    }
    if (nullsDropped)
        warn(QStringLiteral("nulls-order-dropped"), path,
             QStringLiteral("%1 always sorts NULLs first ascending and last descending; NULLS "
                            "FIRST/LAST is dropped.")
                 .arg(engine),
             index.id);
    const QString method = index.method.trimmed().toLower();
    // FULLTEXT and SPATIAL are index kinds in MySQL/MariaDB, not USING methods; the catalog
    // reader reads them as the method, so writing them back keeps an import faithful.
    const bool indexKind = method == u"fulltext" || method == u"spatial";
    QString sql =
        QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
            .arg(indexKind ? method.toUpper() + u' '
                           : (index.unique ? QStringLiteral("UNIQUE ") : QString()),
                 q(indexName(table, index)), tableName(table), keys.join(QStringLiteral(", ")));
    if (indexKind) {
        // the kind is in the statement already
    } else if (method == u"btree" || method == u"hash") {
        sql += QStringLiteral(" USING ") + method.toUpper();
    } else if (!method.isEmpty()) {
        warn(QStringLiteral("index-method-unsupported"), path,
             QStringLiteral("%1 has no \"%2\" index method; the default (BTREE) is used.")
                 .arg(engine, index.method),
             index.id);
    }
    add(sql, index.id);
}

bool MysqlDdlBuilder::usedInCheck(const Table& table, const model::ForeignKey& fk)
{
    auto it = m_checkedColumns.find(&table);
    if (it == m_checkedColumns.end()) {
        QSet<QString> names;
        for (const model::CheckConstraint& check : table.checks)
            names.unite(referencedIdentifiers(check.expression));
        // A column whose domain has checks gets them as CHECK constraints here.
        for (const Column& column : table.columns) {
            const model::DomainType* domain = carriedDomain(column);
            if (domain && !domain->checks.isEmpty())
                names.insert(column.name.toCaseFolded());
        }
        it = m_checkedColumns.insert(&table, names);
    }
    for (const core::Id& id : fk.columnIds) {
        if (it->contains(columnName(table, id).toCaseFolded()))
            return true;
    }
    return false;
}

QString MysqlDdlBuilder::referentialActionSql(const Table& table, const model::ForeignKey& fk,
                                              model::ReferentialAction action, ActionEvent event)
{
    using A = model::ReferentialAction;
    // MySQL 8 refuses every action on a column a CHECK uses (error 3823). MariaDB refuses
    // only the actions that write the column (1901: ON UPDATE CASCADE/SET NULL/SET DEFAULT,
    // ON DELETE SET NULL/SET DEFAULT) and keeps ON DELETE CASCADE, which removes the row;
    // leaving that one out would lose it on every MariaDB round trip.
    const bool keptByEngine =
        m_my.isMariaDb() && event == ActionEvent::Delete && action == A::Cascade;
    if (action != A::NoAction && action != A::Restrict && !keptByEngine && usedInCheck(table, fk)) {
        warn(QStringLiteral("fk-action-unsupported"), foreignKeyPath(table, fk),
             QStringLiteral("%1 refuses ON DELETE/UPDATE %2 on a column that a CHECK constraint "
                            "uses; the action is left out (NO ACTION). Enforce one of the two in a "
                            "trigger, or drop the check.")
                 .arg(m_dialect.displayName(),
                      DdlBuilder::referentialActionSql(table, fk, action, event)),
             fk.id);
        return {};
    }
    if (action == model::ReferentialAction::SetDefault) {
        warn(QStringLiteral("fk-action-unsupported"), foreignKeyPath(table, fk),
             QStringLiteral("InnoDB rejects SET DEFAULT; the action is left out (NO ACTION)."),
             fk.id);
        return {};
    }
    return DdlBuilder::referentialActionSql(table, fk, action, event);
}

QString MysqlDdlBuilder::deferrableClause(const Table& table, const model::ForeignKey& fk)
{
    if (fk.deferrable || fk.initiallyDeferred)
        warn(QStringLiteral("deferrable-unsupported"), foreignKeyPath(table, fk),
             QStringLiteral("%1 checks foreign keys immediately; DEFERRABLE is dropped (load data "
                            "in dependency order, or with foreign_key_checks=0).")
                 .arg(m_dialect.displayName()),
             fk.id);
    return {};
}

void MysqlDdlBuilder::emitView(const model::View& view)
{
    DdlBuilder::emitView(view);
    if (!view.comment.isEmpty())
        warn(QStringLiteral("comment-dropped"), viewPath(view),
             QStringLiteral("%1 views cannot carry a comment; the comment is not kept.")
                 .arg(m_dialect.displayName()),
             view.id);
}

QString MysqlDdlBuilder::currentTimestampSql(const Column& column) const
{
    using K = model::LogicalType::Kind;
    if (column.type.kind == K::Date)
        return QStringLiteral("(CURRENT_DATE)");
    if (column.type.kind == K::Time)
        return QStringLiteral("(CURRENT_TIME)");
    // DATETIME(p) only accepts CURRENT_TIMESTAMP of the same precision.
    if ((column.type.kind == K::Timestamp || column.type.kind == K::TimestampTz) &&
        column.type.precision > 0)
        return QStringLiteral("CURRENT_TIMESTAMP(%1)").arg(qMin(column.type.precision, 6));
    return QStringLiteral("CURRENT_TIMESTAMP");
}

bool MysqlDdlBuilder::literalDefaultNeedsParentheses(const TypeMapping& type) const
{
    // MySQL 8 accepts defaults on TEXT/BLOB/JSON only as expressions; MariaDB takes literals.
    return !m_my.isMariaDb() && MysqlTypeMapper::isLargeObject(type.sql);
}

} // namespace schemata::dialect::mysql
