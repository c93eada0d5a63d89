#include "connect/postgrescatalogreader.h"

#include "connect/catalogid.h"
#include "connect/catalogprogress.h"
#include "connect/catalogquery.h"
#include "connect/sqltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace schemata::connect {

namespace {

using model::LogicalType;

constexpr QStringView kDialect = u"postgres";

// Schemas that belong to the server, never to a user model.
const QString kUserNamespace =
    QStringLiteral("n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'");

struct TableRef
{
    QString schema;
    QString name;
    qsizetype index = -1; // into model.tables; -1 = outside the filter
};

struct Context
{
    model::Model model;
    model::Diagnostics* notes = nullptr;
    const CatalogFilter* filter = nullptr;            // cancel flag and progress callback
    QSet<QString> schemas;                            // included schema names
    QHash<QString, core::Id> schemaIds;               // name → id
    QHash<qlonglong, TableRef> tables;                // every user table by oid
    QHash<qlonglong, QHash<int, core::Id>> columnIds; // table oid → attnum → column id
    QSet<core::Id> enumIds;
    QHash<core::Id, qsizetype> domainIndex; // domain id → index into model.domains

    void note(const QString& path, const QString& message, const core::Id& id = {})
    {
        if (notes)
            notes->append({model::Diagnostic::Severity::Info, QStringLiteral("catalog-read"), path,
                           message, id});
    }
    model::Table* table(qlonglong oid)
    {
        const auto it = tables.constFind(oid);
        return it == tables.cend() || it->index < 0 ? nullptr : &model.tables[it->index];
    }
};

QString text(const CatalogRow& row, int i)
{
    return row.value(i).toString();
}

QList<int> intList(const QString& commaSeparated)
{
    QList<int> values;
    for (const QString& part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(part.trimmed().toInt());
    return values;
}

std::optional<model::ReferentialAction> actionFromCode(const QString& code)
{
    if (code == u"a")
        return model::ReferentialAction::NoAction;
    if (code == u"r")
        return model::ReferentialAction::Restrict;
    if (code == u"c")
        return model::ReferentialAction::Cascade;
    if (code == u"n")
        return model::ReferentialAction::SetNull;
    if (code == u"d")
        return model::ReferentialAction::SetDefault;
    return std::nullopt;
}

// JIT off for the duration of a read, then back as it was. The columns query's planner
// estimate (a per-column EXISTS over pg_depend) passes jit_above_cost, and compiling it took
// ~350 of its ~450 ms on 1,000 tables (bench_import); the query runs in ~90 ms without.
// current_setting(…, true) is NULL where the setting does not exist: then nothing changes,
// and nothing here can fail (and so abort a caller's transaction).
class JitOff
{
public:
    explicit JitOff(const QSqlDatabase& db) : m_db(db)
    {
        const auto rows = runCatalogQuery(db, kDialect, u"jit",
                                          QStringLiteral("SELECT current_setting('jit', true)"));
        if (!rows || rows.value().isEmpty() || rows.value().constFirst().value(0).isNull())
            return;
        m_previous = rows.value().constFirst().value(0).toString();
        if (m_previous != u"off")
            runCatalogQuery(db, kDialect, u"jit",
                            QStringLiteral("SELECT set_config('jit', 'off', false)"));
    }
    ~JitOff()
    {
        if (!m_previous.isEmpty() && m_previous != u"off")
            runCatalogQuery(m_db, kDialect, u"jit",
                            QStringLiteral("SELECT set_config('jit', ?, false)"), {m_previous});
    }
    JitOff(const JitOff&) = delete;
    JitOff& operator=(const JitOff&) = delete;

private:
    const QSqlDatabase& m_db;
    QString m_previous;
};

core::Status readSchemas(const QSqlDatabase& db, const CatalogFilter& filter, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"schemas",
        QStringLiteral("SELECT n.nspname, COALESCE(obj_description(n.oid, 'pg_namespace'), '') "
                       "FROM pg_namespace n WHERE %1 ORDER BY n.nspname COLLATE \"C\"")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    QSet<QString> present;
    for (const CatalogRow& row : rows.value()) {
        const QString name = text(row, 0);
        present.insert(name);
        if (!filter.schemas.isEmpty() && !filter.schemas.contains(name))
            continue;
        QString comment = text(row, 1);
        // PostgreSQL 15+ ships "public" with this comment; it is the server's, not the user's.
        if (name == u"public" && comment == u"standard public schema")
            comment.clear();
        const core::Id id = catalogId(u"sch", {name});
        ctx.model.schemas.append({id, name, comment});
        ctx.schemas.insert(name);
        ctx.schemaIds.insert(name, id);
    }
    for (const QString& wanted : filter.schemas) {
        if (!present.contains(wanted))
            return core::Error{QStringLiteral("postgres catalog: schemas"),
                               QStringLiteral("schema \"%1\" does not exist").arg(wanted)};
    }
    return {};
}

core::Status readEnums(const QSqlDatabase& db, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"enums",
        QStringLiteral(
            "SELECT n.nspname, t.typname, COALESCE(obj_description(t.oid, 'pg_type'), ''), "
            "e.enumlabel FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            "JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typtype = 'e' AND %1 "
            "ORDER BY n.nspname COLLATE \"C\", t.typname COLLATE \"C\", e.enumsortorder")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    const CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("enums"), 0);
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        const QString schema = text(row, 0);
        if (!ctx.schemas.contains(schema))
            continue;
        const core::Id id = catalogId(u"enm", {schema, text(row, 1)});
        if (ctx.model.enums.isEmpty() || ctx.model.enums.last().id != id) {
            ctx.model.enums.append(
                {id, ctx.schemaIds.value(schema), text(row, 1), {}, text(row, 2)});
            ctx.enumIds.insert(id);
        }
        ctx.model.enums.last().values.append(text(row, 3));
    }
    return {};
}

core::Status readDomainTypes(const QSqlDatabase& db, Context& ctx)
{
    auto domains =
        PostgresCatalogReader::readDomains(db, *ctx.filter, ctx.schemaIds, ctx.enumIds, ctx.notes);
    if (!domains)
        return domains.error();
    ctx.model.domains = std::move(domains.value());
    for (qsizetype i = 0; i < ctx.model.domains.size(); ++i)
        ctx.domainIndex.insert(ctx.model.domains.at(i).id, i);
    return {};
}

core::Status readTables(const QSqlDatabase& db, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"tables",
        QStringLiteral("SELECT c.oid::bigint, n.nspname, c.relname, "
                       "COALESCE(obj_description(c.oid, 'pg_class'), '') FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND %1 "
                       "ORDER BY n.nspname COLLATE \"C\", c.relname COLLATE \"C\"")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("tables"),
                             rows.value().size());
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        progress.step();
        TableRef ref{text(row, 1), text(row, 2), -1};
        if (ctx.schemas.contains(ref.schema)) {
            model::Table table;
            table.id = catalogId(u"tbl", {ref.schema, ref.name});
            table.schemaId = ctx.schemaIds.value(ref.schema);
            table.name = ref.name;
            table.comment = text(row, 3);
            ref.index = ctx.model.tables.size();
            ctx.model.tables.append(std::move(table));
        }
        ctx.tables.insert(row.value(0).toLongLong(), ref);
    }
    progress.finish();
    return {};
}

core::Status readColumns(const QSqlDatabase& db, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"columns",
        QStringLiteral(
            "SELECT a.attrelid::bigint, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), "
            "a.attnotnull, COALESCE(pg_get_expr(d.adbin, d.adrelid, true), ''), "
            "a.attidentity::text, "
            "a.attgenerated::text, CASE WHEN a.attcollation <> 0 AND a.attcollation <> "
            "t.typcollation "
            "THEN co.collname ELSE '' END, COALESCE(col_description(a.attrelid, a.attnum), ''), "
            "t.typtype::text, tn.nspname, t.typname, "
            // serial: the default's sequence is owned by this very column (deptype 'a')
            "EXISTS (SELECT 1 FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid AND "
            "s.relkind = 'S' WHERE dep.classid = 'pg_class'::regclass AND dep.refobjid = "
            "a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'a') "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace "
            "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "LEFT JOIN pg_collation co ON co.oid = a.attcollation "
            "WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND %1 "
            "ORDER BY a.attrelid, a.attnum")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("columns"),
                             ctx.model.tables.size());
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        const qlonglong oid = row.value(0).toLongLong();
        model::Table* table = ctx.table(oid);
        if (!table)
            continue;
        progress.row(text(row, 0));
        const TableRef& ref = ctx.tables[oid];
        model::Column column;
        column.name = text(row, 2);
        column.id = catalogId(u"col", {ref.schema, ref.name, column.name});
        const QString path =
            ref.schema + QLatin1Char('.') + ref.name + QLatin1Char('.') + column.name;
        const QString formatType = text(row, 3);
        if (text(row, 10) == u"d") {
            const core::Id domainId = catalogId(u"dom", {text(row, 11), text(row, 12)});
            const auto it = ctx.domainIndex.constFind(domainId);
            if (it != ctx.domainIndex.cend()) {
                column.type = ctx.model.domains.at(*it).baseType;
                column.type.domainId = domainId;
            } else {
                column.type.overrides.insert(QStringLiteral("postgres"), formatType);
                ctx.note(path,
                         QStringLiteral("domain %1 lies outside the schemas read or belongs to "
                                        "an extension; kept as a postgres type override")
                             .arg(formatType),
                         column.id);
            }
        } else if (text(row, 10) == u"e") {
            const core::Id enumId = catalogId(u"enm", {text(row, 11), text(row, 12)});
            if (ctx.enumIds.contains(enumId)) {
                column.type.kind = LogicalType::Kind::Enum;
                column.type.enumId = enumId;
            } else {
                column.type.overrides.insert(QStringLiteral("postgres"), formatType);
                ctx.note(path,
                         QStringLiteral("enum type %1 lies outside the schemas read; kept as a "
                                        "postgres type override")
                             .arg(formatType),
                         column.id);
            }
        } else if (const auto type = PostgresCatalogReader::typeFromFormatType(formatType)) {
            column.type = *type;
        } else {
            column.type.overrides.insert(QStringLiteral("postgres"), formatType);
            ctx.note(path,
                     QStringLiteral("type \"%1\" has no logical equivalent; kept as a postgres "
                                    "type override")
                         .arg(formatType),
                     column.id);
        }
        column.nullable = !row.value(4).toBool();
        const QString expression = text(row, 5);
        const QString identity = text(row, 6);
        const QString generated = text(row, 7);
        if (identity == u"a")
            column.identity = model::Identity::Always;
        else if (identity == u"d")
            column.identity = model::Identity::ByDefault;
        if (generated == u"s" || generated == u"v") {
            column.generatedExpression = expression;
            column.generatedStored = generated == u"s";
        } else if (!expression.isEmpty() && identity.isEmpty() &&
                   expression.startsWith(u"nextval(", Qt::CaseInsensitive) &&
                   row.value(13).toBool()) {
            // A serial column: its sequence exists only as a side effect of the column, so a
            // nextval() default would not apply to a fresh database. GENERATED BY DEFAULT
            // AS IDENTITY is the model's (and PostgreSQL's own) equivalent.
            column.identity = model::Identity::ByDefault;
            ctx.note(path,
                     QStringLiteral("serial column (default %1 from an owned sequence) read as "
                                    "GENERATED BY DEFAULT AS IDENTITY")
                         .arg(expression),
                     column.id);
        } else if (!expression.isEmpty()) {
            column.defaultValue = PostgresCatalogReader::defaultFromExpression(expression);
            if (expression.startsWith(u"nextval(", Qt::CaseInsensitive))
                ctx.note(path,
                         QStringLiteral("default %1 draws from a free-standing sequence; read "
                                        "as an expression default (the sequence is listed in the "
                                        "import report)")
                             .arg(expression),
                         column.id);
        }
        column.collation = text(row, 8);
        column.comment = text(row, 9);
        ctx.columnIds[oid].insert(row.value(1).toInt(), column.id);
        table->columns.append(std::move(column));
    }
    progress.finish();
    return {};
}

QList<core::Id> columnIdsFor(Context& ctx, qlonglong oid, const QList<int>& attnums, bool* ok)
{
    QList<core::Id> ids;
    const auto& byNumber = ctx.columnIds[oid];
    for (const int n : attnums) {
        const core::Id id = byNumber.value(n);
        if (id.isNull())
            *ok = false;
        ids.append(id);
    }
    return ids;
}

core::Status readConstraints(const QSqlDatabase& db, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"constraints",
        QStringLiteral(
            "SELECT con.conrelid::bigint, con.conname, con.contype::text, "
            "array_to_string(con.conkey, ','), con.confrelid::bigint, "
            "array_to_string(con.confkey, ','), con.confupdtype::text, con.confdeltype::text, "
            "con.condeferrable, con.condeferred, pg_get_constraintdef(con.oid, true) "
            "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE con.contype IN ('p', 'u', 'c', 'f') AND %1 "
            "ORDER BY con.conrelid, con.conname COLLATE \"C\"")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("constraints"),
                             ctx.model.tables.size());
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        const qlonglong oid = row.value(0).toLongLong();
        model::Table* table = ctx.table(oid);
        if (!table)
            continue;
        progress.row(text(row, 0));
        const TableRef& ref = ctx.tables[oid];
        const QString name = text(row, 1);
        const QString type = text(row, 2);
        const QString path = ref.schema + QLatin1Char('.') + ref.name + QLatin1Char('.') + name;
        bool ok = true;
        const QList<core::Id> columns = columnIdsFor(ctx, oid, intList(text(row, 3)), &ok);
        if (!ok) {
            ctx.note(path, QStringLiteral("constraint refers to an unknown column; skipped"));
            continue;
        }
        if (type == u"p") {
            table->primaryKey =
                model::KeyConstraint{catalogId(u"pk", {ref.schema, ref.name}), name, columns};
        } else if (type == u"u") {
            table->uniques.append({catalogId(u"uq", {ref.schema, ref.name, name}), name, columns});
        } else if (type == u"c") {
            const QString def = text(row, 10);
            const qsizetype open = def.indexOf(QLatin1Char('('));
            const qsizetype close = open < 0 ? -1 : sqltext::matchingParen(def, open);
            if (close < 0) {
                ctx.note(path, QStringLiteral("unreadable check definition %1; skipped").arg(def));
                continue;
            }
            table->checks.append({catalogId(u"ck", {ref.schema, ref.name, name}), name,
                                  def.mid(open + 1, close - open - 1).trimmed()});
        } else if (type == u"f") {
            const qlonglong refOid = row.value(4).toLongLong();
            const auto refIt = ctx.tables.constFind(refOid);
            if (refIt == ctx.tables.cend() || refIt->index < 0) {
                ctx.note(path, QStringLiteral("foreign key references a table outside the schemas "
                                              "read; skipped"));
                continue;
            }
            model::ForeignKey fk;
            fk.id = catalogId(u"fk", {ref.schema, ref.name, name});
            fk.name = name;
            fk.columnIds = columns;
            fk.referencedTableId = ctx.model.tables.at(refIt->index).id;
            fk.referencedColumnIds = columnIdsFor(ctx, refOid, intList(text(row, 5)), &ok);
            const auto onUpdate = actionFromCode(text(row, 6));
            const auto onDelete = actionFromCode(text(row, 7));
            if (!ok || !onUpdate || !onDelete) {
                ctx.note(path, QStringLiteral("unreadable foreign key; skipped"));
                continue;
            }
            fk.onUpdate = *onUpdate;
            fk.onDelete = *onDelete;
            fk.deferrable = row.value(8).toBool();
            fk.initiallyDeferred = row.value(9).toBool();
            table->foreignKeys.append(std::move(fk));
        }
    }
    progress.finish();
    return {};
}

core::Status readIndexes(const QSqlDatabase& db, Context& ctx)
{
    const QString scope =
        QStringLiteral(
            "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
            "JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_am am ON am.oid = ic.relam WHERE c.relkind IN ('r', 'p') AND %1 AND NOT "
            "EXISTS ("
            "SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid "
            "AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))")
            .arg(kUserNamespace);
    // Expression keys only have text through pg_get_indexdef(oid, k, true).
    const auto keyRows = runCatalogQuery(
        db, kDialect, u"index keys",
        QStringLiteral("SELECT i.indexrelid::bigint, k, pg_get_indexdef(i.indexrelid, k, true) %1 "
                       "AND i.indexprs IS NOT NULL")
            .arg(QString(scope).replace(QStringLiteral("WHERE"),
                                        QStringLiteral("CROSS JOIN LATERAL generate_series(1, "
                                                       "i.indnatts) k WHERE"))));
    if (!keyRows)
        return keyRows.error();
    CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("indexes"),
                             ctx.model.tables.size());
    QHash<qlonglong, QHash<int, QString>> keyText;
    for (const CatalogRow& row : keyRows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        keyText[row.value(0).toLongLong()].insert(row.value(1).toInt(), text(row, 2));
    }

    const auto rows = runCatalogQuery(
        db, kDialect, u"indexes",
        QStringLiteral("SELECT i.indrelid::bigint, ic.relname, i.indisunique, i.indnkeyatts, "
                       "array_to_string(i.indkey::int2[], ','), "
                       "array_to_string(i.indoption::int2[], ','), "
                       "COALESCE(pg_get_expr(i.indpred, i.indrelid, true), ''), am.amname, "
                       "i.indexrelid::bigint %1 ORDER BY i.indrelid, ic.relname COLLATE \"C\"")
            .arg(scope));
    if (!rows)
        return rows.error();
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        const qlonglong oid = row.value(0).toLongLong();
        model::Table* table = ctx.table(oid);
        if (!table)
            continue;
        progress.row(text(row, 0));
        const TableRef& ref = ctx.tables[oid];
        model::Index index;
        index.name = text(row, 1);
        index.id = catalogId(u"idx", {ref.schema, ref.name, index.name});
        index.unique = row.value(2).toBool();
        const int keyCount = row.value(3).toInt();
        const QList<int> attnums = intList(text(row, 4));
        const QList<int> options = intList(text(row, 5));
        index.where = text(row, 6);
        // btree is the default method; leaving it empty keeps the model dialect-neutral.
        index.method = text(row, 7) == u"btree" ? QString() : text(row, 7);
        const qlonglong indexOid = row.value(8).toLongLong();
        bool ok = true;
        for (qsizetype k = 0; k < attnums.size(); ++k) {
            const int attnum = attnums.at(k);
            core::Id columnId;
            if (attnum != 0) {
                columnId = ctx.columnIds[oid].value(attnum);
                ok = ok && !columnId.isNull();
            }
            if (k >= keyCount) {
                index.includeColumnIds.append(columnId);
                continue;
            }
            model::IndexKey key;
            key.columnId = columnId;
            if (attnum == 0)
                key.expression = keyText.value(indexOid).value(int(k) + 1);
            // indoption bit 0 = DESC, bit 1 = NULLS FIRST. The model's Default means the
            // engine's default: NULLS LAST for ASC, NULLS FIRST for DESC.
            const int option = options.value(k);
            const bool desc = option & 1;
            const bool nullsFirst = option & 2;
            key.sort = desc ? model::IndexKey::Sort::Desc : model::IndexKey::Sort::Asc;
            if (desc && !nullsFirst)
                key.nulls = model::IndexKey::Nulls::Last;
            else if (!desc && nullsFirst)
                key.nulls = model::IndexKey::Nulls::First;
            index.keys.append(std::move(key));
        }
        if (!ok) {
            ctx.note(ref.schema + QLatin1Char('.') + ref.name + QLatin1Char('.') + index.name,
                     QStringLiteral("index refers to an unknown column; skipped"));
            continue;
        }
        table->indexes.append(std::move(index));
    }
    progress.finish();
    return {};
}

core::Status readViews(const QSqlDatabase& db, Context& ctx)
{
    const auto rows = runCatalogQuery(
        db, kDialect, u"views",
        QStringLiteral("SELECT n.nspname, c.relname, pg_get_viewdef(c.oid, true), "
                       "COALESCE(obj_description(c.oid, 'pg_class'), '') FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND %1 "
                       "ORDER BY n.nspname COLLATE \"C\", c.relname COLLATE \"C\"")
            .arg(kUserNamespace));
    if (!rows)
        return rows.error();
    CatalogProgress progress(*ctx.filter, kDialect.toString(), QStringLiteral("views"),
                             rows.value().size(), QStringLiteral("views"));
    for (const CatalogRow& row : rows.value()) {
        if (const core::Status s = progress.check(); !s)
            return s;
        progress.step();
        const QString schema = text(row, 0);
        if (!ctx.schemas.contains(schema))
            continue;
        QString sql = text(row, 2).trimmed();
        if (sql.endsWith(QLatin1Char(';')))
            sql.chop(1);
        ctx.model.views.append({catalogId(u"viw", {schema, text(row, 1)}),
                                ctx.schemaIds.value(schema), text(row, 1), sql, text(row, 3)});
    }
    progress.finish();
    return {};
}

} // namespace

std::optional<LogicalType> PostgresCatalogReader::typeFromFormatType(QStringView formatType)
{
    static const QRegularExpression timeRe(
        QStringLiteral(R"(^(timestamp|time)(?:\((\d+)\))? (with|without) time zone$)"));
    static const QRegularExpression sizedRe(QStringLiteral(
        R"(^(character varying|character|numeric|bit varying|bit)(?:\((\d+)(?:,(\d+))?\))?$)"));
    const QString t = formatType.trimmed().toString();
    LogicalType type;
    if (const auto m = timeRe.match(t); m.hasMatch()) {
        const bool withZone = m.captured(3) == u"with";
        if (m.captured(1) == u"time") {
            if (withZone)
                return std::nullopt; // timetz has no logical kind
            type.kind = LogicalType::Kind::Time;
        } else {
            type.kind = withZone ? LogicalType::Kind::TimestampTz : LogicalType::Kind::Timestamp;
        }
        type.precision = m.hasCaptured(2) ? m.captured(2).toInt() : -1;
        return type;
    }
    if (const auto m = sizedRe.match(t); m.hasMatch()) {
        const QString base = m.captured(1);
        const int first = m.hasCaptured(2) ? m.captured(2).toInt() : -1;
        if (base == u"character varying") {
            type.kind = LogicalType::Kind::Varchar;
            type.length = first;
        } else if (base == u"character") {
            type.kind = LogicalType::Kind::Char;
            type.length = first;
        } else if (base == u"numeric") {
            type.kind = LogicalType::Kind::Decimal;
            type.precision = first;
            type.scale = m.hasCaptured(3) ? m.captured(3).toInt() : -1;
        } else {
            return std::nullopt;
        }
        return type;
    }
    static const QHash<QString, LogicalType::Kind> plain = {
        {QStringLiteral("smallint"), LogicalType::Kind::SmallInt},
        {QStringLiteral("integer"), LogicalType::Kind::Integer},
        {QStringLiteral("bigint"), LogicalType::Kind::BigInt},
        {QStringLiteral("real"), LogicalType::Kind::Real},
        {QStringLiteral("double precision"), LogicalType::Kind::Double},
        {QStringLiteral("text"), LogicalType::Kind::Text},
        {QStringLiteral("bpchar"), LogicalType::Kind::Char},
        {QStringLiteral("boolean"), LogicalType::Kind::Boolean},
        {QStringLiteral("date"), LogicalType::Kind::Date},
        {QStringLiteral("interval"), LogicalType::Kind::Interval},
        {QStringLiteral("uuid"), LogicalType::Kind::Uuid},
        {QStringLiteral("json"), LogicalType::Kind::Json},
        {QStringLiteral("jsonb"), LogicalType::Kind::Jsonb},
        {QStringLiteral("bytea"), LogicalType::Kind::Bytes},
    };
    const auto it = plain.constFind(t);
    if (it == plain.cend())
        return std::nullopt;
    type.kind = *it;
    return type;
}

model::ColumnDefault PostgresCatalogReader::defaultFromExpression(QStringView expression)
{
    using Kind = model::ColumnDefault::Kind;
    const QString t = expression.trimmed().toString();
    const QString lower = t.toLower();
    if (t.isEmpty() || lower == u"null" || lower.startsWith(u"null::"))
        return {};
    // 'now'::text::date is evaluated on every insert; written back as the literal 'now' it
    // would be evaluated once, when the table is created: keep such defaults verbatim.
    static const QRegularExpression specialDateRe(
        QStringLiteral(R"('(now|today|tomorrow|yesterday)'\s*(\)\s*)?::)"),
        QRegularExpression::CaseInsensitiveOption);
    if (specialDateRe.match(t).hasMatch())
        return {Kind::Expression, t};
    static const QRegularExpression nowRe(QStringLiteral(
        R"(^(current_timestamp(\(\d+\))?|now\(\)|transaction_timestamp\(\)|current_date|current_time(\(\d+\))?)$)"));
    if (nowRe.match(lower).hasMatch())
        return {Kind::CurrentTimestamp, {}};
    static const QRegularExpression numberRe(QStringLiteral(R"(^-?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    if (lower == u"true" || lower == u"false" || numberRe.match(t).hasMatch())
        return {Kind::Literal, lower == u"true" || lower == u"false" ? lower : t};
    // 'text'::some_type (one literal, one or more casts to a plain type name).
    static const QRegularExpression castRe(QStringLiteral(
        R"(^('(?:[^']|'')*')((?:::[A-Za-z_][\w ."]*(?:\(\d+(?:,\d+)?\))?(?:\[\])?)+)$)"));
    if (const auto m = castRe.match(t); m.hasMatch()) {
        if (const auto value = sqltext::stringLiteralValue(m.captured(1)))
            return {Kind::Literal, *value};
    }
    return {Kind::Expression, t};
}

core::Result<model::Model> PostgresCatalogReader::read(const QSqlDatabase& database,
                                                       const CatalogFilter& filter,
                                                       model::Diagnostics* notes) const
{
    const JitOff jitOff(database);
    Context ctx;
    ctx.notes = notes;
    ctx.filter = &filter;
    if (const core::Status s = readSchemas(database, filter, ctx); !s)
        return s.error();
    for (auto step : {&readEnums, &readDomainTypes, &readTables, &readColumns, &readConstraints,
                      &readIndexes, &readViews}) {
        if (const core::Status s = step(database, ctx); !s)
            return s.error();
        // A query can take a while on a big catalog: do not start the next one for nothing.
        if (filter.isCancelled())
            return core::Error{QStringLiteral("postgres catalog"),
                               QStringLiteral("import cancelled")};
    }
    return std::move(ctx.model);
}

} // namespace schemata::connect
