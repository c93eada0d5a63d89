// Naming and type advice on what the migration adds: cheap to get right now, expensive to
// change once the table holds data and code depends on it.
#include "dialect/dialect.h"
#include "migrate/safetyrulecontext.h"
#include "migrate/safetyrules.h"

namespace schemata::migrate {

using namespace Qt::StringLiterals;
using Severity = model::Diagnostic::Severity;

QList<SafetyRule> adviceRules()
{
    return {
        {u"naming/quoted-identifier"_s, u"naming"_s, Severity::Info,
         u"A name the dialect must quote (keyword, upper case, special characters) has to be "
         u"quoted in every hand-written query, forever."_s},
        {u"type/prefer-bigint"_s, u"type"_s, Severity::Info,
         u"A 16/32-bit key runs out (32,767 / 2,147,483,647 rows) and widening it later rewrites "
         u"the table and every referencing key."_s},
        {u"type/prefer-identity"_s, u"type"_s, Severity::Info,
         u"serial is a default on a separately owned sequence (permissions, dumps, copies go "
         u"wrong); an identity column is standard SQL and owned by the column."_s},
        {u"type/prefer-timestamptz"_s, u"type"_s, Severity::Info,
         u"timestamp without time zone stores wall-clock time; values from sessions in different "
         u"zones cannot be compared reliably."_s},
        {u"type/prefer-text"_s, u"type"_s, Severity::Info,
         u"In PostgreSQL varchar(n) is text with a length check; changing n later needs an ALTER, "
         u"a CHECK on length can be replaced NOT VALID without a lock."_s},
        {u"type/ban-char"_s, u"type"_s, Severity::Warning,
         u"char(n) pads values with spaces, which changes comparisons and lengths and wastes "
         u"space; use varchar or text."_s},
    };
}

namespace {

struct NewColumn
{
    const model::Column* column = nullptr;
    const model::Table* table = nullptr;
    QString path;
    int step = -1;
    bool inNewTable = false; // a column of an added table (not a change of its own)
};

QList<NewColumn> newColumns(const SafetyContext& ctx)
{
    QList<NewColumn> columns;
    const QList<Change>& changes = ctx.changes().changes;
    for (int i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        const int step = ctx.firstStepFor(i);
        if (change.kind == ObjectKind::Table && change.op == ChangeOp::Add) {
            const model::Table* table = ctx.toTable(change);
            if (!table)
                continue;
            for (const model::Column& column : table->columns)
                columns.append({&column, table, change.path + u'.' + column.name, step, true});
        } else if (change.kind == ObjectKind::Column &&
                   (change.op == ChangeOp::Add ||
                    (change.op == ChangeOp::Alter && change.changed.testFlag(Attribute::Type)))) {
            const model::Column* column = ctx.toColumn(change);
            if (column)
                columns.append({column, ctx.toTable(change), change.path, step, false});
        }
    }
    return columns;
}

// The name an added or renamed object gets, for the naming rule.
QString newName(const SafetyContext& ctx, const Change& change)
{
    const model::Model& to = ctx.to();
    switch (change.kind) {
    case ObjectKind::Schema: {
        const model::Schema* schema = to.schema(change.toId);
        return schema ? schema->name : QString();
    }
    case ObjectKind::Enum: {
        const model::EnumType* type = to.enumType(change.toId);
        return type ? type->name : QString();
    }
    case ObjectKind::Table: {
        const model::Table* table = ctx.toTable(change);
        return table ? table->name : QString();
    }
    case ObjectKind::View: {
        const model::View* view = to.view(change.toId);
        return view ? view->name : QString();
    }
    case ObjectKind::Column: {
        const model::Column* column = ctx.toColumn(change);
        return column ? column->name : QString();
    }
    case ObjectKind::Index: {
        if (const model::Table* table = ctx.toTable(change)) {
            for (const model::Index& index : table->indexes) {
                if (index.id == change.toId)
                    return index.name;
            }
        }
        return {};
    }
    default:
        return {};
    }
}

void checkNames(const SafetyContext& ctx, const dialect::Dialect& dialect, Findings& out)
{
    const auto check = [&](const QString& name, const QString& path, int step, const core::Id& id) {
        if (name.isEmpty() || dialect.quoteIdentifier(name) == name)
            return;
        out.append(ctx.finding(u"naming/quoted-identifier"_s, path,
                               u"the name must be quoted as %1 in %2; a lower-case name that is "
                               u"not a keyword reads the same everywhere"_s.arg(
                                   dialect.quoteIdentifier(name), dialect.displayName()),
                               step, id));
    };
    const QList<Change>& changes = ctx.changes().changes;
    for (int i = 0; i < changes.size(); ++i) {
        const Change& change = changes[i];
        if (change.op != ChangeOp::Add && change.op != ChangeOp::Rename)
            continue;
        check(newName(ctx, change), change.path, ctx.firstStepFor(i), change.toId);
    }
    for (const NewColumn& c : newColumns(ctx)) {
        // Columns of a new table; added columns were checked as changes above.
        if (c.inNewTable)
            check(c.column->name, c.path, c.step, c.column->id);
    }
}

void checkTypes(const SafetyContext& ctx, Findings& out)
{
    for (const NewColumn& c : newColumns(ctx)) {
        const model::LogicalType& type = c.column->type;
        const auto add = [&](const QString& code, const QString& message) {
            out.append(ctx.finding(code, c.path, message, c.step, c.column->id));
        };
        const bool pinned = type.overrides.contains(ctx.plan().dialect);
        // The column that numbers the rows: an identity or a single-column primary key (a
        // line number inside a composite key does not run out with the table).
        const bool key = c.column->identity != model::Identity::None ||
                         (c.table && c.table->primaryKey &&
                          c.table->primaryKey->columnIds == QList<core::Id>{c.column->id});
        if (!ctx.isSqlite() && key && !pinned &&
            (type.kind == model::LogicalType::Kind::SmallInt ||
             type.kind == model::LogicalType::Kind::Integer))
            add(u"type/prefer-bigint"_s,
                u"key column of type %1; use bigint"_s.arg(type.toString()));
        if (type.kind == model::LogicalType::Kind::Char)
            add(u"type/ban-char"_s, u"type %1; use varchar or text"_s.arg(type.toString()));
        if (!ctx.isPostgres())
            continue;
        const QString pgOverride = type.overrides.value(ctx.plan().dialect).toLower();
        const bool serial =
            pgOverride.contains(u"serial"_s) ||
            (c.column->defaultValue.kind == model::ColumnDefault::Kind::Expression &&
             c.column->defaultValue.value.contains(u"nextval("_s, Qt::CaseInsensitive));
        if (serial)
            add(u"type/prefer-identity"_s,
                u"default from a sequence (serial); use GENERATED … AS IDENTITY"_s);
        if (!pinned && type.kind == model::LogicalType::Kind::Timestamp)
            add(u"type/prefer-timestamptz"_s, u"timestamp without time zone; use timestamptz"_s);
        if (!pinned && type.kind == model::LogicalType::Kind::Varchar && type.length >= 0)
            add(u"type/prefer-text"_s,
                u"type %1; consider text with a CHECK (length(…) <= n)"_s.arg(type.toString()));
    }
}

} // namespace

void checkAdvice(const SafetyContext& ctx, Findings& out)
{
    if (const auto dialect = dialect::createDialect(ctx.plan().dialect))
        checkNames(ctx, *dialect, out);
    checkTypes(ctx, out);
}

} // namespace schemata::migrate
