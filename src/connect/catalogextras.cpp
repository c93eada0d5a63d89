#include "connect/catalogextras.h"

#include "connect/catalogprogress.h"
#include "connect/catalogquery.h"

namespace schemata::connect {

namespace {

QString sqlLiteral(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString schemaCondition(const QString& column, const CatalogFilter& filter, const QString& fallback)
{
    if (filter.schemas.isEmpty())
        return fallback;
    QStringList literals;
    for (const QString& schema : filter.schemas)
        literals << sqlLiteral(schema);
    return QStringLiteral("%1 IN (%2)").arg(column, literals.join(QStringLiteral(", ")));
}

ImportReportItem item(const QString& type, const QString& name, const QString& sql,
                      const QString& message = {})
{
    ImportReportItem i;
    i.objectType = type;
    i.name = name;
    i.sql = sql;
    i.message = message;
    return i;
}

// Each query returns (object type, name, sql, message).
core::Status appendRows(QList<ImportReportItem>& items, const QSqlDatabase& db, QStringView dialect,
                        QStringView label, const QString& sql)
{
    const auto rows = runCatalogQuery(db, dialect, label, sql);
    if (!rows)
        return rows.error();
    for (const CatalogRow& row : rows.value())
        items.append(item(row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                          row.value(3).toString()));
    return {};
}

core::Result<QList<ImportReportItem>> readPostgres(const QSqlDatabase& db,
                                                   const CatalogFilter& filter)
{
    const QString ns = schemaCondition(
        QStringLiteral("n.nspname"), filter,
        QStringLiteral("n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"));
    // Objects that belong to an extension come back with CREATE EXTENSION.
    const QString notExtension = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '%1'::regclass AND x.objid = %2 "
        "AND x.deptype = 'e')");
    const QList<std::pair<QStringView, QString>> queries{
        {u"extensions",
         QStringLiteral("SELECT 'extension', e.extname, format('CREATE EXTENSION IF NOT EXISTS %I "
                        "WITH SCHEMA %I;', e.extname, n.nspname), '' FROM pg_extension e "
                        "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> "
                        "'plpgsql' ORDER BY e.extname")},
        {u"composite types",
         QStringLiteral(
             "SELECT 'composite type', n.nspname || '.' || t.typname, format('CREATE TYPE %I.%I "
             "AS (%s);', n.nspname, t.typname, (SELECT string_agg(quote_ident(a.attname) || ' "
             "' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) FROM "
             "pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT "
             "a.attisdropped)), '' FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
             "JOIN pg_class c ON c.oid = t.typrelid WHERE t.typtype = 'c' AND c.relkind = 'c' "
             "AND %1 AND %2 ORDER BY 2")
             .arg(ns, notExtension.arg(QStringLiteral("pg_type"), QStringLiteral("t.oid")))},
        {u"sequences",
         QStringLiteral(
             "SELECT 'sequence', n.nspname || '.' || c.relname, format('CREATE SEQUENCE %I.%I AS "
             "%s INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s%s;', n.nspname, "
             "c.relname, format_type(s.seqtypid, NULL), s.seqincrement, s.seqmin, s.seqmax, "
             "s.seqstart, s.seqcache, CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END), "
             "'free-standing sequence (not owned by a column)' FROM pg_sequence s JOIN pg_class "
             "c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 AND "
             "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND "
             "d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) ORDER BY 2")
             .arg(ns)},
        {u"partition keys",
         QStringLiteral("SELECT 'partitioned table', n.nspname || '.' || c.relname, "
                        "format('-- %I.%I: PARTITION BY %s', n.nspname, c.relname, "
                        "pg_get_partkeydef(c.oid)), 'the table is imported, its partitioning "
                        "is not' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE c.relkind = 'p' AND %1 ORDER BY 2")
             .arg(ns)},
        {u"partitions",
         QStringLiteral(
             "SELECT 'partition', n.nspname || '.' || c.relname, format('CREATE TABLE %I.%I "
             "PARTITION OF %I.%I %s;', n.nspname, c.relname, pn.nspname, p.relname, "
             "pg_get_expr(c.relpartbound, c.oid)), '' FROM pg_class c JOIN pg_namespace n ON "
             "n.oid = c.relnamespace JOIN pg_inherits i ON i.inhrelid = c.oid JOIN pg_class p ON "
             "p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE "
             "c.relispartition AND %1 ORDER BY 2")
             .arg(ns)},
        {u"materialized views",
         QStringLiteral("SELECT 'materialized view', n.nspname || '.' || c.relname, "
                        "format('CREATE MATERIALIZED VIEW %I.%I AS%s', n.nspname, c.relname, "
                        "pg_get_viewdef(c.oid, true)), '' FROM pg_class c JOIN pg_namespace n ON "
                        "n.oid = c.relnamespace WHERE c.relkind = 'm' AND %1 ORDER BY 2")
             .arg(ns)},
        {u"foreign tables",
         QStringLiteral("SELECT 'foreign table', n.nspname || '.' || c.relname, '', 'foreign "
                        "tables are not modelled' FROM pg_class c JOIN pg_namespace n ON n.oid "
                        "= c.relnamespace WHERE c.relkind = 'f' AND %1 ORDER BY 2")
             .arg(ns)},
        {u"functions",
         QStringLiteral(
             "SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' "
             "THEN 'window function' ELSE 'function' END, n.nspname || '.' || p.proname || '(' "
             "|| pg_get_function_identity_arguments(p.oid) || ')', CASE WHEN p.prokind <> 'a' "
             "THEN pg_get_functiondef(p.oid) || ';' ELSE (SELECT format('CREATE AGGREGATE "
             "%I.%I(%s) (SFUNC = %s, STYPE = %s%s%s%s);', n.nspname, p.proname, "
             "pg_get_function_identity_arguments(p.oid), a.aggtransfn::regproc, "
             "format_type(a.aggtranstype, NULL), CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC "
             "= ' || a.aggfinalfn::regproc ELSE '' END, COALESCE(', INITCOND = ' || "
             "quote_literal(a.agginitval), ''), CASE WHEN a.aggsortop <> 0 THEN ', SORTOP = "
             "OPERATOR(' || a.aggsortop::regoperator::text || ')' ELSE '' END) FROM "
             "pg_aggregate a WHERE a.aggfnoid = p.oid) END, CASE WHEN p.prokind = 'a' THEN "
             "'simple aggregates only: combine/moving-aggregate options are not reproduced' "
             "ELSE '' END FROM pg_proc p JOIN "
             "pg_namespace n ON n.oid = p.pronamespace WHERE %1 AND %2 ORDER BY 2")
             .arg(ns, notExtension.arg(QStringLiteral("pg_proc"), QStringLiteral("p.oid")))},
        {u"triggers",
         QStringLiteral("SELECT 'trigger', n.nspname || '.' || c.relname || '.' || t.tgname, "
                        "pg_get_triggerdef(t.oid, true) || ';', '' FROM pg_trigger t JOIN "
                        "pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = "
                        "c.relnamespace WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND %1 "
                        "ORDER BY 2")
             .arg(ns)},
        {u"row level security",
         QStringLiteral("SELECT 'row level security', n.nspname || '.' || c.relname, "
                        "format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY;%s', n.nspname, "
                        "c.relname, CASE WHEN c.relforcerowsecurity THEN format(E'\\nALTER TABLE "
                        "%I.%I FORCE ROW LEVEL SECURITY;', n.nspname, c.relname) ELSE '' END), "
                        "'' FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                        "c.relrowsecurity AND %1 ORDER BY 2")
             .arg(ns)},
        {u"policies",
         QStringLiteral(
             "SELECT 'policy', n.nspname || '.' || c.relname || '.' || p.polname, format('CREATE "
             "POLICY %I ON %I.%I AS %s FOR %s TO %s%s%s;', p.polname, n.nspname, c.relname, CASE "
             "WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END, CASE p.polcmd WHEN "
             "'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN "
             "'DELETE' ELSE 'ALL' END, CASE WHEN p.polroles = '{0}' THEN 'PUBLIC' ELSE (SELECT "
             "string_agg(quote_ident(r.rolname), ', ' ORDER BY r.rolname) FROM pg_roles r WHERE "
             "r.oid = ANY (p.polroles)) END, COALESCE(' USING (' || pg_get_expr(p.polqual, "
             "p.polrelid) || ')', ''), COALESCE(' WITH CHECK (' || pg_get_expr(p.polwithcheck, "
             "p.polrelid) || ')', '')), '' FROM pg_policy p JOIN pg_class c ON c.oid = "
             "p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE %1 ORDER BY 2")
             .arg(ns)},
        {u"rules",
         QStringLiteral("SELECT 'rule', r.schemaname || '.' || r.tablename || '.' || r.rulename, "
                        "r.definition, '' FROM pg_rules r JOIN pg_namespace n ON n.nspname = "
                        "r.schemaname WHERE %1 ORDER BY 2")
             .arg(ns)},
    };
    QList<ImportReportItem> items;
    CatalogProgress progress(filter, QStringLiteral("postgres"), QStringLiteral("report"),
                             queries.size(), QStringLiteral("queries"));
    for (const auto& [label, sql] : queries) {
        if (const core::Status s = progress.check(); !s)
            return s.error();
        if (const core::Status s = appendRows(items, db, u"postgres", label, sql); !s)
            return s.error();
        progress.step();
    }
    progress.finish();
    return items;
}

core::Result<QList<ImportReportItem>> readMariaDb(const QSqlDatabase& db,
                                                  const CatalogFilter& filter)
{
    QStringList schemas = filter.schemas;
    if (schemas.isEmpty()) {
        const auto current = runCatalogQuery(db, u"mariadb", u"current database",
                                             QStringLiteral("SELECT DATABASE()"));
        if (!current)
            return current.error();
        if (!current.value().isEmpty() && !current.value().constFirst().value(0).isNull())
            schemas << current.value().constFirst().value(0).toString();
    }
    const auto quoteName = [](const QString& name) {
        return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
    };
    QList<ImportReportItem> items;
    for (const QString& schema : schemas) {
        const QString s = sqlLiteral(schema);
        // (type, name, SHOW CREATE statement, column of the SQL in its result)
        const auto objects = runCatalogQuery(
            db, u"mariadb", u"routines, triggers, events, sequences, partitioning",
            QStringLiteral(
                "SELECT LOWER(ROUTINE_TYPE), ROUTINE_NAME, 2 FROM information_schema.ROUTINES "
                "WHERE ROUTINE_SCHEMA = %1 "
                "UNION ALL SELECT 'trigger', TRIGGER_NAME, 2 FROM information_schema.TRIGGERS "
                "WHERE TRIGGER_SCHEMA = %1 "
                "UNION ALL SELECT 'event', EVENT_NAME, 3 FROM information_schema.EVENTS WHERE "
                "EVENT_SCHEMA = %1 "
                "UNION ALL SELECT 'sequence', TABLE_NAME, 1 FROM information_schema.TABLES WHERE "
                "TABLE_SCHEMA = %1 AND TABLE_TYPE = 'SEQUENCE' "
                "UNION ALL SELECT DISTINCT 'partitioned table', TABLE_NAME, 1 FROM "
                "information_schema.PARTITIONS WHERE TABLE_SCHEMA = %1 AND PARTITION_NAME IS NOT "
                "NULL ORDER BY 1, 2")
                .arg(s));
        if (!objects)
            return objects.error();
        // One SHOW CREATE per object: a schema with many triggers takes a while.
        CatalogProgress progress(filter, QStringLiteral("mariadb"), QStringLiteral("report"),
                                 objects.value().size(), QStringLiteral("objects"));
        for (const CatalogRow& row : objects.value()) {
            if (const core::Status stopped = progress.check(); !stopped)
                return stopped.error();
            progress.step();
            const QString type = row.value(0).toString();
            const QString name = row.value(1).toString();
            const QString keyword =
                type == u"partitioned table" ? QStringLiteral("TABLE") : type.toUpper();
            const auto created =
                runCatalogQuery(db, u"mariadb", QStringLiteral("SHOW CREATE %1").arg(keyword),
                                QStringLiteral("SHOW CREATE %1 %2.%3")
                                    .arg(keyword, quoteName(schema), quoteName(name)));
            if (!created)
                return created.error();
            QString sql = created.value().isEmpty()
                              ? QString()
                              : created.value().constFirst().value(row.value(2).toInt()).toString();
            QString message;
            if (type == u"partitioned table") {
                // The table itself is imported; only its PARTITION BY clause is not.
                const qsizetype at = sql.indexOf(QLatin1String("PARTITION BY"));
                sql = at < 0 ? sql : QStringLiteral("-- %1.%2:\n").arg(schema, name) + sql.mid(at);
                message = QStringLiteral("the table is imported, its partitioning is not");
            }
            items.append(item(type, schema + u'.' + name, sql, message));
        }
        progress.finish();
    }
    return items;
}

core::Result<QList<ImportReportItem>> readSqlite(const QSqlDatabase& db,
                                                 const CatalogFilter& filter)
{
    const QStringList schemas =
        filter.schemas.isEmpty() ? QStringList{QStringLiteral("main")} : filter.schemas;
    QList<ImportReportItem> items;
    for (const QString& schema : schemas) {
        const QString quoted = u'"' + QString(schema).replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (const core::Status s = appendRows(
                items, db, u"sqlite", u"triggers",
                QStringLiteral("SELECT 'trigger', %1 || '.' || name, sql || ';', '' FROM "
                               "%2.sqlite_schema WHERE type = 'trigger' ORDER BY name")
                    .arg(sqlLiteral(schema), quoted));
            !s)
            return s.error();
    }
    return items;
}

} // namespace

core::Result<QList<ImportReportItem>>
readCatalogExtras(QStringView dialect, const QSqlDatabase& database, const CatalogFilter& filter)
{
    if (dialect == u"postgres" || dialect == u"postgresql" || dialect == u"pg")
        return readPostgres(database, filter);
    if (dialect == u"mysql" || dialect == u"mariadb")
        return readMariaDb(database, filter);
    if (dialect == u"sqlite" || dialect == u"sqlite3")
        return readSqlite(database, filter);
    return core::Error{QStringLiteral("catalog"),
                       QStringLiteral("unknown dialect \"%1\"").arg(dialect.toString())};
}

} // namespace schemata::connect
