#include "dialect/ddlbuilder.h"

#include "dialect/sqltext.h"

#include <algorithm>

namespace schemata::dialect {

using model::Column;
using model::ForeignKey;
using model::Index;
using model::Table;
using model::View;

DdlBuilder::DdlBuilder(const Dialect& dialect, const model::Model& model)
    : m_dialect(dialect), m_model(model), m_caps(dialect.capabilities()), m_index(model),
      m_order(CreationOrder::compute(model, m_index)),
      m_namer(m_caps.maxIdentifierBytes, m_caps.maxIdentifierChars)
{
    m_script.dialectDisplayName = dialect.displayName();
}

DdlBuilder::~DdlBuilder() = default;

DdlScript DdlBuilder::build()
{
    reserveExplicitNames();
    emitPrelude();
    for (const Table* table : m_order.tables)
        emitTable(*table);
    if (!foreignKeysAlwaysInline()) {
        // Keys closing a cycle, and self-references: every table exists by now.
        for (const Table* table : m_order.tables) {
            for (const ForeignKey& fk : table->foreignKeys) {
                if (!isDeferred(fk))
                    continue;
                m_script.fragments.deferredForeignKeys.append(fk.id);
                add(QStringLiteral("ALTER TABLE %1 ADD %2")
                        .arg(tableName(*table), foreignKeyClause(*table, fk)),
                    fk.id);
            }
        }
    }
    for (const View& view : m_model.views) {
        m_script.fragments.qualifiedNames.insert(view.id, viewName(view));
        emitView(view);
    }
    return std::move(m_script);
}

void DdlBuilder::reserveExplicitNames()
{
    for (const Table& t : m_model.tables) {
        const QString scope = scopeOf(t.schemaId);
        m_namer.reserve(scope, t.name);
        if (t.primaryKey)
            m_namer.reserve(scope, t.primaryKey->name);
        for (const auto& k : t.uniques)
            m_namer.reserve(scope, k.name);
        for (const auto& c : t.checks)
            m_namer.reserve(scope, c.name);
        for (const auto& fk : t.foreignKeys)
            m_namer.reserve(scope, fk.name);
        for (const auto& i : t.indexes)
            m_namer.reserve(scope, i.name);
    }
    for (const View& v : m_model.views)
        m_namer.reserve(scopeOf(v.schemaId), v.name);
    for (const auto& e : m_model.enums)
        m_namer.reserve(scopeOf(e.schemaId), e.name);
    for (const auto& d : m_model.domains)
        m_namer.reserve(scopeOf(d.schemaId), d.name);
}

void DdlBuilder::emitTable(const Table& table)
{
    m_script.fragments.qualifiedNames.insert(table.id, tableName(table));
    QStringList elements;
    for (const Column& column : table.columns) {
        const model::DomainType* domain = carriedDomain(column);
        elements.append(
            leadingComment(column.comment) + QStringLiteral("    ") +
            columnDefinition(table, domain ? withDomainRules(column, *domain) : column));
    }
    if (!elements.isEmpty())
        elements.first().prepend(leadingComment(table.comment));
    const QString pk = primaryKeyClause(table);
    if (!pk.isEmpty()) {
        m_script.fragments.constraintClauses.insert(table.primaryKey->id, pk);
        elements.append(QStringLiteral("    ") + pk);
    }
    for (const auto& unique : table.uniques) {
        const QString name = constraintName(
            table, unique.name, columnNames(table, unique.columnIds), QStringLiteral("key"));
        const QString clause = QStringLiteral("CONSTRAINT %1 UNIQUE (%2)")
                                   .arg(q(name), keyColumnList(table, unique.columnIds));
        m_script.fragments.names.insert(unique.id, name);
        m_script.fragments.constraintClauses.insert(unique.id, clause);
        elements.append(QStringLiteral("    ") + clause);
    }
    for (const auto& check : table.checks) {
        const QString name = constraintName(table, check.name, {}, QStringLiteral("check"));
        const QString clause =
            QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(q(name), check.expression.trimmed());
        m_script.fragments.names.insert(check.id, name);
        m_script.fragments.constraintClauses.insert(check.id, clause);
        elements.append(QStringLiteral("    ") + clause);
    }
    for (const QString& clause : carriedCheckClauses(table))
        elements.append(QStringLiteral("    ") + clause);
    const QStringList extras = extraTableElements(table);
    if (!extras.isEmpty())
        m_script.fragments.extraElements.insert(table.id, extras);
    for (const QString& extra : extras)
        elements.append(QStringLiteral("    ") + extra);
    for (const ForeignKey& fk : table.foreignKeys) {
        if (m_order.danglingForeignKeys.contains(fk.id)) {
            warn(QStringLiteral("fk-dangling"), foreignKeyPath(table, fk),
                 QStringLiteral("The foreign key references a table that does not exist and was "
                                "left out; point it at an existing table or delete it."),
                 fk.id);
            continue;
        }
        if (foreignKeysAlwaysInline() || !isDeferred(fk))
            elements.append(QStringLiteral("    ") + foreignKeyClause(table, fk));
    }
    QString sql = QStringLiteral("CREATE TABLE %1 (\n").arg(tableName(table));
    sql += elements.join(QStringLiteral(",\n"));
    sql += QStringLiteral("\n)");
    const QString options = tableOptions(table);
    if (!options.isEmpty())
        sql += u' ' + options;
    add(sql, table.id);
    emitAfterTable(table);
    for (const Index& index : table.indexes)
        emitIndex(table, index);
}

QStringList DdlBuilder::carriedCheckClauses(const Table& table)
{
    QStringList clauses;
    for (const Column& column : table.columns) {
        const model::DomainType* domain = carriedDomain(column);
        if (!domain)
            continue;
        QList<DdlFragments::CarriedCheck> carried;
        for (const model::CheckConstraint& check : domain->checks) {
            // Named after table and column: a domain used by several columns gives each
            // its own constraint, and MySQL wants check names unique in the database.
            const QString name =
                constraintName(table, {}, {column.name},
                               check.name.isEmpty() ? QStringLiteral("check") : check.name);
            const QString expression =
                replaceBareWord(check.expression.trimmed(), u"VALUE", q(column.name));
            const QString clause =
                QStringLiteral("CONSTRAINT %1 CHECK (%2)").arg(q(name), expression);
            carried.append({check.id, name, clause});
            clauses.append(clause);
        }
        if (!carried.isEmpty())
            m_script.fragments.carriedChecks.insert(column.id, carried);
    }
    return clauses;
}

const model::DomainType* DdlBuilder::carriedDomain(const Column& column) const
{
    if (m_caps.domains || column.type.domainId.isNull())
        return nullptr;
    return m_index.domainType(column.type.domainId);
}

namespace {

// A domain's DEFAULT (SQL) as a column default: plain literals become Literal so each
// dialect quotes them its own way (MySQL's ENUM takes DEFAULT 'x', not an expression);
// a PostgreSQL cast after a literal ('ok'::mood, as the catalog spells it) is dropped.
model::ColumnDefault columnDefaultFromSql(const QString& sql)
{
    using Kind = model::ColumnDefault::Kind;
    const QString text = sql.trimmed();
    if (text.isEmpty())
        return {};
    if (isNumericLiteral(text) || text.compare(u"true", Qt::CaseInsensitive) == 0 ||
        text.compare(u"false", Qt::CaseInsensitive) == 0)
        return {Kind::Literal, text};
    if (text.compare(u"CURRENT_TIMESTAMP", Qt::CaseInsensitive) == 0 ||
        text.compare(u"now()", Qt::CaseInsensitive) == 0)
        return {Kind::CurrentTimestamp, {}};
    if (text.startsWith(u'\'')) {
        QString value;
        qsizetype i = 1;
        for (; i < text.size(); ++i) {
            if (text[i] == u'\'') {
                if (i + 1 < text.size() && text[i + 1] == u'\'') {
                    value += u'\'';
                    ++i;
                    continue;
                }
                break;
            }
            value += text[i];
        }
        if (i < text.size()) {
            const QStringView rest = QStringView(text).sliced(i + 1).trimmed();
            const bool cast =
                rest.startsWith(u"::") && std::all_of(rest.begin() + 2, rest.end(), [](QChar c) {
                    return c.isLetterOrNumber() || c.isSpace() || c == u'_' || c == u'.' ||
                           c == u'"' || c == u'(' || c == u')' || c == u',';
                });
            if (rest.isEmpty() || cast)
                return {Kind::Literal, value};
        }
    }
    return {Kind::Expression, text};
}

} // namespace

Column DdlBuilder::withDomainRules(const Column& column, const model::DomainType& domain)
{
    Column out = column;
    if (domain.notNull)
        out.nullable = false;
    // Generated and identity columns take no default (validation reports it on the
    // column itself; the domain's default must not create that error here).
    if (out.defaultValue.kind == model::ColumnDefault::Kind::None &&
        out.generatedExpression.trimmed().isEmpty() && out.identity == model::Identity::None)
        out.defaultValue = columnDefaultFromSql(domain.defaultExpression);
    if (out.collation.isEmpty())
        out.collation = domain.collation;
    return out;
}

QString DdlBuilder::columnDefinition(const Table& table, const Column& column)
{
    const TypeMapping type = mapType(column);
    warnType(table, column, type);
    DdlFragments::ColumnParts& parts = m_script.fragments.columns[column.id];
    parts.type = type.sql;
    QString sql = q(column.name) + u' ' + type.sql;
    if (columnIsPrimaryKeyAlias(table, column)) {
        // The key is declared on the column (SQLite's rowid alias); it keeps its name.
        const QString name =
            constraintName(table, table.primaryKey->name, {}, QStringLiteral("pkey"));
        m_script.fragments.names.insert(table.primaryKey->id, name);
        sql += QStringLiteral(" CONSTRAINT %1 PRIMARY KEY AUTOINCREMENT").arg(q(name)) +
               columnCommentClause(table, column);
        parts.definition = sql;
        return sql;
    }
    const QString collation = collationSql(table, column);
    parts.collation = collation;
    if (!collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + collation;
    const bool generated = !column.generatedExpression.trimmed().isEmpty();
    if (generated) {
        parts.generated = generatedClause(table, column);
        sql += u' ' + parts.generated;
    }
    if (!column.nullable)
        sql += QStringLiteral(" NOT NULL");
    if (!generated) {
        const QString def = defaultClause(column, type);
        parts.defaultSql = def;
        if (!def.isEmpty())
            sql += QStringLiteral(" DEFAULT ") + def;
        // Identity on a non-integer column is an error of validate(); no engine takes it.
        if (column.identity != model::Identity::None && column.type.isInteger()) {
            const QString identity = identityClause(table, column);
            parts.identity = identity;
            if (!identity.isEmpty())
                sql += u' ' + identity;
        }
    }
    sql += columnCommentClause(table, column);
    if (type.enumCheck) {
        if (const model::EnumType* e = m_index.enumType(column.type.enumId)) {
            QStringList values;
            for (const QString& v : e->values)
                values.append(lit(v));
            sql += QStringLiteral(" CHECK (%1 IN (%2))")
                       .arg(q(column.name), values.join(QStringLiteral(", ")));
        }
    }
    parts.definition = sql;
    return sql;
}

QString DdlBuilder::collationSql(const Table&, const Column& column)
{
    return column.collation.isEmpty() ? QString() : q(column.collation);
}

QString DdlBuilder::generatedClause(const Table&, const Column& column)
{
    return QStringLiteral("GENERATED ALWAYS AS (%1) %2")
        .arg(column.generatedExpression.trimmed(),
             column.generatedStored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
}

QString DdlBuilder::defaultClause(const Column& column, const TypeMapping& type) const
{
    using Kind = model::ColumnDefault::Kind;
    const model::ColumnDefault& def = column.defaultValue;
    switch (def.kind) {
    case Kind::None:
        return {};
    case Kind::CurrentTimestamp:
        return currentTimestampSql(column);
    case Kind::Expression: {
        const QString expr = def.value.trimmed();
        if (expressionDefaultNeedsParentheses(expr) && !isFullyParenthesized(expr))
            return u'(' + expr + u')';
        return expr;
    }
    case Kind::Literal:
        break;
    }
    const QString value = def.value.trimmed();
    if (column.type.isNumeric() && isNumericLiteral(value))
        return value;
    if (column.type.kind == model::LogicalType::Kind::Boolean) {
        static const QStringList truthy = {QStringLiteral("true"), QStringLiteral("t"),
                                           QStringLiteral("1"), QStringLiteral("yes")};
        static const QStringList falsy = {QStringLiteral("false"), QStringLiteral("f"),
                                          QStringLiteral("0"), QStringLiteral("no")};
        if (truthy.contains(value, Qt::CaseInsensitive))
            return booleanLiteral(true);
        if (falsy.contains(value, Qt::CaseInsensitive))
            return booleanLiteral(false);
    }
    // Text is quoted as given (not trimmed): spaces in a default are data.
    // A literal with a NUL may come back as a concatenation, which needs parentheses.
    const QString quoted = lit(def.value);
    if (literalDefaultNeedsParentheses(type) || !quoted.endsWith(u'\'') ||
        !quoted.startsWith(u'\''))
        return u'(' + quoted + u')';
    return quoted;
}

QString DdlBuilder::booleanLiteral(bool value) const
{
    return value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
}

QString DdlBuilder::currentTimestampSql(const Column& column) const
{
    if (column.type.kind == model::LogicalType::Kind::Date)
        return QStringLiteral("CURRENT_DATE");
    return QStringLiteral("CURRENT_TIMESTAMP");
}

QString DdlBuilder::primaryKeyClause(const Table& table)
{
    if (!table.primaryKey || table.primaryKey->columnIds.isEmpty())
        return {};
    const QString name = constraintName(table, table.primaryKey->name, {}, QStringLiteral("pkey"));
    m_script.fragments.names.insert(table.primaryKey->id, name);
    return QStringLiteral("CONSTRAINT %1 PRIMARY KEY (%2)")
        .arg(q(name), keyColumnList(table, table.primaryKey->columnIds));
}

QString DdlBuilder::referentialActionSql(const Table&, const ForeignKey&,
                                         model::ReferentialAction action, ActionEvent)
{
    using A = model::ReferentialAction;
    switch (action) {
    case A::NoAction:
        return {};
    case A::Restrict:
        return QStringLiteral("RESTRICT");
    case A::Cascade:
        return QStringLiteral("CASCADE");
    case A::SetNull:
        return QStringLiteral("SET NULL");
    case A::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return {};
}

QString DdlBuilder::deferrableClause(const Table&, const ForeignKey& fk)
{
    if (fk.initiallyDeferred)
        return QStringLiteral("DEFERRABLE INITIALLY DEFERRED");
    if (fk.deferrable)
        return QStringLiteral("DEFERRABLE");
    return {};
}

QString DdlBuilder::foreignKeyClause(const Table& table, const ForeignKey& fk)
{
    const Table* target = m_index.table(fk.referencedTableId);
    const QString name =
        constraintName(table, fk.name, columnNames(table, fk.columnIds), QStringLiteral("fkey"));
    m_script.fragments.names.insert(fk.id, name);
    QString sql =
        QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (%4)")
            .arg(q(name), columnList(table, fk.columnIds), target ? tableName(*target) : QString(),
                 target ? columnList(*target, fk.referencedColumnIds) : QString());
    const QString onDelete = referentialActionSql(table, fk, fk.onDelete, ActionEvent::Delete);
    if (!onDelete.isEmpty())
        sql += QStringLiteral(" ON DELETE ") + onDelete;
    const QString onUpdate = referentialActionSql(table, fk, fk.onUpdate, ActionEvent::Update);
    if (!onUpdate.isEmpty())
        sql += QStringLiteral(" ON UPDATE ") + onUpdate;
    const QString deferrable = deferrableClause(table, fk);
    if (!deferrable.isEmpty())
        sql += u' ' + deferrable;
    m_script.fragments.constraintClauses.insert(fk.id, sql);
    return sql;
}

void DdlBuilder::emitView(const View& view)
{
    add(QStringLiteral("CREATE VIEW %1 AS\n%2").arg(viewName(view), view.sql.trimmed()), view.id);
}

QString DdlBuilder::keyColumnSql(const Table& table, const Column& column, bool)
{
    Q_UNUSED(table);
    return q(column.name);
}

// ---- helpers --------------------------------------------------------------------

void DdlBuilder::add(QString sql, const core::Id& objectId)
{
    m_script.statements.append({std::move(sql), objectId});
}

void DdlBuilder::warn(const QString& code, const QString& path, const QString& message,
                      const core::Id& objectId)
{
    model::Diagnostic d;
    d.severity = model::Diagnostic::Severity::Warning;
    d.code = code;
    d.path = path;
    d.message = message;
    d.objectId = objectId;
    m_script.warnings.append(std::move(d));
}

void DdlBuilder::warnType(const Table& table, const Column& column, const TypeMapping& type)
{
    if (!type.warningCode.isEmpty())
        warn(type.warningCode, memberPath(table, column.name), type.warningMessage, column.id);
}

QString DdlBuilder::schemaName(const core::Id& schemaId) const
{
    const model::Schema* s = m_index.schema(schemaId);
    return s ? s->name : QString();
}

QString DdlBuilder::tablePath(const Table& table) const
{
    const QString schema = schemaName(table.schemaId);
    return schema.isEmpty() ? table.name : schema + u'.' + table.name;
}

QString DdlBuilder::memberPath(const Table& table, QStringView member) const
{
    if (member.isEmpty())
        return tablePath(table);
    return tablePath(table) + u'.' + member.toString();
}

QString DdlBuilder::viewPath(const View& view) const
{
    const QString schema = schemaName(view.schemaId);
    return schema.isEmpty() ? view.name : schema + u'.' + view.name;
}

QString DdlBuilder::scopeOf(const core::Id& schemaId) const
{
    return m_caps.schemas ? schemaId.toString() : QString();
}

QString DdlBuilder::tableName(const Table& table) const
{
    return q(table.name);
}

QString DdlBuilder::viewName(const View& view) const
{
    return q(view.name);
}

QString DdlBuilder::columnName(const Table& table, const core::Id& columnId) const
{
    const Column* c = m_index.column(table.id, columnId);
    return c ? c->name : columnId.toString();
}

QStringList DdlBuilder::columnNames(const Table& table, const QList<core::Id>& columnIds) const
{
    QStringList names;
    names.reserve(columnIds.size());
    for (const core::Id& id : columnIds)
        names.append(columnName(table, id));
    return names;
}

QString DdlBuilder::columnList(const Table& table, const QList<core::Id>& columnIds) const
{
    QStringList quoted;
    quoted.reserve(columnIds.size());
    for (const core::Id& id : columnIds)
        quoted.append(q(columnName(table, id)));
    return quoted.join(QStringLiteral(", "));
}

QString DdlBuilder::keyColumnList(const Table& table, const QList<core::Id>& columnIds)
{
    QStringList parts;
    parts.reserve(columnIds.size());
    for (const core::Id& id : columnIds) {
        const Column* c = m_index.column(table.id, id);
        parts.append(c ? keyColumnSql(table, *c, false) : q(id.toString()));
    }
    return parts.join(QStringLiteral(", "));
}

QString DdlBuilder::constraintName(const Table& table, const QString& explicitName,
                                   const QStringList& parts, const QString& suffix)
{
    if (!explicitName.isEmpty())
        return explicitName;
    return m_namer.generate(scopeOf(table.schemaId), table.name, parts, suffix);
}

QStringList DdlBuilder::indexNameParts(const Table& table, const Index& index) const
{
    QStringList parts;
    for (const model::IndexKey& key : index.keys)
        parts.append(key.columnId.isNull() ? QStringLiteral("expr")
                                           : columnName(table, key.columnId));
    return parts;
}

QString DdlBuilder::indexName(const Table& table, const Index& index)
{
    const QString name =
        constraintName(table, index.name, indexNameParts(table, index),
                       index.unique ? QStringLiteral("key") : QStringLiteral("idx"));
    m_script.fragments.names.insert(index.id, name);
    return name;
}

QString DdlBuilder::indexPath(const Table& table, const Index& index) const
{
    if (!index.name.isEmpty())
        return memberPath(table, index.name);
    return memberPath(
        table, ObjectNamer::preview(table.name, indexNameParts(table, index),
                                    index.unique ? QStringLiteral("key") : QStringLiteral("idx")));
}

QString DdlBuilder::foreignKeyPath(const Table& table, const ForeignKey& fk) const
{
    if (!fk.name.isEmpty())
        return memberPath(table, fk.name);
    return memberPath(table, ObjectNamer::preview(table.name, columnNames(table, fk.columnIds),
                                                  QStringLiteral("fkey")));
}

bool DdlBuilder::nullsOrderDiffersFromLowest(const model::IndexKey& key)
{
    using model::IndexKey;
    if (key.nulls == IndexKey::Nulls::Default)
        return false;
    const IndexKey::Nulls natural =
        key.sort == IndexKey::Sort::Asc ? IndexKey::Nulls::First : IndexKey::Nulls::Last;
    return key.nulls != natural;
}

bool DdlBuilder::isDeferred(const ForeignKey& fk) const
{
    return m_order.deferredForeignKeys.contains(fk.id);
}

} // namespace schemata::dialect
