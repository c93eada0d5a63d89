#include "connect/sqlitecatalogreader.h"

#include "connect/catalogid.h"
#include "connect/catalogprogress.h"
#include "connect/catalogquery.h"
#include "connect/sqlitecreateparser.h"
#include "connect/sqltext.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace schemata::connect {

namespace {

using model::LogicalType;

constexpr QStringView kDialect = u"sqlite";

QString text(const CatalogRow& row, int i)
{
    return row.value(i).toString();
}

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

std::optional<model::ReferentialAction> actionFromPragma(const QString& action)
{
    const QString a = action.toUpper();
    if (a == u"NO ACTION" || a.isEmpty())
        return model::ReferentialAction::NoAction;
    if (a == u"RESTRICT")
        return model::ReferentialAction::Restrict;
    if (a == u"CASCADE")
        return model::ReferentialAction::Cascade;
    if (a == u"SET NULL")
        return model::ReferentialAction::SetNull;
    if (a == u"SET DEFAULT")
        return model::ReferentialAction::SetDefault;
    return std::nullopt;
}

class SchemaReader
{
public:
    SchemaReader(const QSqlDatabase& db, const QString& schema, const CatalogFilter& filter,
                 model::Model& m, model::Diagnostics* notes)
        : m_db(db), m_schema(schema), m_filter(filter), m_model(m), m_notes(notes)
    {}

    core::Status read()
    {
        m_schemaId = catalogId(u"sch", {m_schema});
        m_model.schemas.append({m_schemaId, m_schema, QString()});
        const auto objects = runCatalogQuery(
            m_db, kDialect, u"sqlite_schema",
            QStringLiteral("SELECT type, name, tbl_name, sql FROM %1.sqlite_schema "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL")
                .arg(quoted(m_schema)));
        if (!objects)
            return objects.error();
        CatalogRows rows = objects.value();
        std::sort(rows.begin(), rows.end(),
                  [](const CatalogRow& a, const CatalogRow& b) { return text(a, 1) < text(b, 1); });
        for (const CatalogRow& row : rows) {
            if (text(row, 0) == u"index")
                m_indexSql.insert(text(row, 1), text(row, 3));
        }
        const auto tableCount = std::count_if(
            rows.cbegin(), rows.cend(), [](const CatalogRow& r) { return text(r, 0) == u"table"; });
        // Each table is read whole (columns, keys, indexes: a few pragmas), so one phase
        // counts them all and the cancel flag is checked between tables.
        CatalogProgress progress(m_filter, kDialect.toString(), QStringLiteral("tables"),
                                 tableCount);
        for (const CatalogRow& row : rows) {
            if (text(row, 0) == u"table") {
                if (const core::Status s = progress.check(); !s)
                    return s;
                if (const core::Status s = readTable(text(row, 1), text(row, 3)); !s)
                    return s;
                progress.step();
            }
        }
        progress.finish();
        if (const core::Status s = progress.check(); !s)
            return s;
        for (const CatalogRow& row : rows) {
            if (text(row, 0) == u"view")
                m_model.views.append({catalogId(u"viw", {m_schema, text(row, 1)}), m_schemaId,
                                      text(row, 1), sqliteViewSelect(text(row, 3)), QString()});
        }
        return {};
    }

private:
    core::Result<CatalogRows> pragma(QStringView label, const QString& function,
                                     const QString& argument)
    {
        return runCatalogQuery(m_db, kDialect, label,
                               QStringLiteral("SELECT * FROM %1(?, ?)").arg(function),
                               {argument, m_schema});
    }
    void note(const QString& path, const QString& message, const core::Id& id = {})
    {
        if (m_notes)
            m_notes->append({model::Diagnostic::Severity::Info, QStringLiteral("catalog-read"),
                             path, message, id});
    }
    core::Id columnId(const QString& table, const QString& column) const
    {
        return catalogId(u"col", {m_schema, table, column});
    }

    core::Status readTable(const QString& name, const QString& createSql)
    {
        const QString path = m_schema + u'.' + name;
        const SqliteCreateTable parsed = parseSqliteCreateTable(createSql);
        if (!parsed.ok)
            note(path,
                 QStringLiteral("CREATE TABLE text not understood; constraint names, checks and "
                                "generated expressions are not read"));
        model::Table t;
        t.name = name;
        t.id = catalogId(u"tbl", {m_schema, name});
        t.schemaId = m_schemaId;

        // cid, name, type, notnull, dflt_value, pk, hidden
        const auto columns = pragma(u"table_xinfo", QStringLiteral("pragma_table_xinfo"), name);
        if (!columns)
            return columns.error();
        QList<std::pair<int, core::Id>> pkParts;
        for (const CatalogRow& row : columns.value()) {
            const int hidden = row.value(6).toInt();
            if (hidden == 1)
                continue; // virtual-table internals
            model::Column c;
            c.name = text(row, 1);
            c.id = columnId(name, c.name);
            bool exact = true;
            c.type = SqliteCatalogReader::typeFromDeclaredType(text(row, 2), &exact);
            if (!exact)
                note(path + u'.' + c.name,
                     QStringLiteral("declared type \"%1\" kept as a sqlite type "
                                    "override")
                         .arg(text(row, 2)),
                     c.id);
            c.nullable = row.value(3).toInt() == 0;
            c.defaultValue = SqliteCatalogReader::defaultFromSql(row.value(4));
            if (row.value(5).toInt() > 0)
                pkParts.append({row.value(5).toInt(), c.id});
            const auto extra = std::find_if(parsed.columns.cbegin(), parsed.columns.cend(),
                                            [&](const auto& e) { return e.name == c.name; });
            if (extra != parsed.columns.cend()) {
                c.collation = extra->collation;
                if (hidden >= 2) {
                    c.generatedExpression = extra->generatedExpression;
                    c.generatedStored = hidden == 3;
                }
            }
            t.columns.append(std::move(c));
        }
        std::sort(pkParts.begin(), pkParts.end());
        if (!pkParts.isEmpty()) {
            model::KeyConstraint pk{catalogId(u"pk", {m_schema, name}), parsed.primaryKey.name, {}};
            for (const auto& part : std::as_const(pkParts))
                pk.columnIds.append(part.second);
            t.primaryKey = pk;
            // The rowid alias: never NULL (a NULL inserted there becomes the next rowid).
            // Identity means AUTOINCREMENT, as the SQLite DDL builder writes it: a plain
            // INTEGER PRIMARY KEY read as an identity came back from every rebuild and
            // fresh build with AUTOINCREMENT it never had.
            if (pk.columnIds.size() == 1) {
                model::Column* c = t.column(pk.columnIds.first());
                const auto declared =
                    std::find_if(columns.value().cbegin(), columns.value().cend(),
                                 [&](const CatalogRow& r) { return text(r, 1) == c->name; });
                if (declared != columns.value().cend() &&
                    text(*declared, 2).compare(u"INTEGER", Qt::CaseInsensitive) == 0) {
                    c->nullable = false;
                    const auto extra =
                        std::find_if(parsed.columns.cbegin(), parsed.columns.cend(),
                                     [&](const auto& e) { return e.name == c->name; });
                    if (extra != parsed.columns.cend() && extra->autoincrement)
                        c->identity = model::Identity::ByDefault;
                }
            }
        }
        for (const auto& check : parsed.checks)
            t.checks.append(
                {catalogId(u"ck", {m_schema, name,
                                   check.name.isEmpty() ? QString::number(t.checks.size() + 1)
                                                        : check.name}),
                 check.name, check.expression});

        if (const core::Status s = readForeignKeys(t, parsed); !s)
            return s;
        return readIndexes(t, parsed);
    }

    core::Status readForeignKeys(model::Table& t, const SqliteCreateTable& parsed)
    {
        // id, seq, table, from, to, on_update, on_delete, match — one row per column.
        const auto rows =
            pragma(u"foreign_key_list", QStringLiteral("pragma_foreign_key_list"), t.name);
        if (!rows)
            return rows.error();
        QMap<int, QList<CatalogRow>> byId;
        for (const CatalogRow& row : rows.value())
            byId[row.value(0).toInt()].append(row);
        // SQLite numbers foreign keys from the last declared; read them in declaration order.
        QList<model::ForeignKey> fks;
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            QList<CatalogRow> parts = it.value();
            std::sort(parts.begin(), parts.end(), [](const CatalogRow& a, const CatalogRow& b) {
                return a.value(1).toInt() < b.value(1).toInt();
            });
            const QString refTable = text(parts.first(), 2);
            model::ForeignKey fk;
            fk.referencedTableId = catalogId(u"tbl", {m_schema, refTable});
            QStringList fromNames;
            for (const CatalogRow& part : parts) {
                fromNames.append(text(part, 3));
                fk.columnIds.append(columnId(t.name, text(part, 3)));
                if (!part.value(4).isNull())
                    fk.referencedColumnIds.append(columnId(refTable, text(part, 4)));
            }
            const auto onUpdate = actionFromPragma(text(parts.first(), 5));
            const auto onDelete = actionFromPragma(text(parts.first(), 6));
            if (!onUpdate || !onDelete) {
                note(m_schema + u'.' + t.name,
                     QStringLiteral("unreadable foreign key actions; skipped"));
                continue;
            }
            fk.onUpdate = *onUpdate;
            fk.onDelete = *onDelete;
            const auto clause = std::find_if(
                parsed.foreignKeys.cbegin(), parsed.foreignKeys.cend(), [&](const auto& f) {
                    return f.columns == fromNames &&
                           f.referencedTable.compare(refTable, Qt::CaseInsensitive) == 0;
                });
            if (clause != parsed.foreignKeys.cend()) {
                fk.name = clause->name;
                fk.deferrable = clause->deferrable;
                fk.initiallyDeferred = clause->initiallyDeferred;
            }
            fk.id = catalogId(
                u"fk", {m_schema, t.name, fk.name.isEmpty() ? QString::number(it.key()) : fk.name});
            fks.prepend(std::move(fk));
        }
        for (model::ForeignKey& fk : fks) {
            if (fk.referencedColumnIds.isEmpty()) {
                // REFERENCES t without columns means t's primary key.
                note(m_schema + u'.' + t.name + u'.' + fk.name,
                     QStringLiteral(
                         "foreign key names no referenced columns; resolved to the referenced "
                         "table's primary key when that table is read"),
                     fk.id);
            }
        }
        t.foreignKeys = fks;
        return {};
    }

    core::Status readIndexes(model::Table& t, const SqliteCreateTable& parsed)
    {
        // seq, name, unique, origin ('c' CREATE INDEX, 'u' UNIQUE, 'pk'), partial
        const auto rows = pragma(u"index_list", QStringLiteral("pragma_index_list"), t.name);
        if (!rows)
            return rows.error();
        CatalogRows list = rows.value();
        std::sort(list.begin(), list.end(),
                  [](const CatalogRow& a, const CatalogRow& b) { return text(a, 1) < text(b, 1); });
        QList<model::KeyConstraint> uniques;
        for (const CatalogRow& row : std::as_const(list)) {
            const QString name = text(row, 1);
            const QString origin = text(row, 3);
            if (origin == u"pk")
                continue;
            // seqno, cid, name, desc, coll, key
            const auto parts = pragma(u"index_xinfo", QStringLiteral("pragma_index_xinfo"), name);
            if (!parts)
                return parts.error();
            const SqliteCreateIndex createIndex = parseSqliteCreateIndex(m_indexSql.value(name));
            model::Index index;
            index.name = name;
            index.id = catalogId(u"idx", {m_schema, t.name, name});
            index.unique = row.value(2).toInt() != 0;
            index.where = createIndex.where;
            QList<core::Id> columnIds;
            for (const CatalogRow& part : parts.value()) {
                if (part.value(5).toInt() == 0)
                    continue; // the rowid appended to every index
                model::IndexKey key;
                const int cid = part.value(1).toInt();
                if (cid == -2)
                    key.expression = createIndex.keys.value(index.keys.size());
                else
                    key.columnId = columnId(t.name, text(part, 2));
                columnIds.append(key.columnId);
                key.sort = part.value(3).toInt() ? model::IndexKey::Sort::Desc
                                                 : model::IndexKey::Sort::Asc;
                index.keys.append(key);
            }
            if (origin == u"u") {
                // A UNIQUE constraint's automatic index: its name is SQLite's; the
                // constraint's own name (if any) is in the CREATE TABLE text.
                QStringList names;
                for (const core::Id& id : std::as_const(columnIds))
                    names.append(t.column(id) ? t.column(id)->name : QString());
                const auto clause = std::find_if(parsed.uniques.cbegin(), parsed.uniques.cend(),
                                                 [&](const auto& u) { return u.columns == names; });
                const QString constraintName =
                    clause == parsed.uniques.cend() ? QString() : clause->name;
                uniques.append(
                    {catalogId(u"uq", {m_schema, t.name,
                                       constraintName.isEmpty() ? name : constraintName}),
                     constraintName, columnIds});
                continue;
            }
            t.indexes.append(std::move(index));
        }
        // UNIQUE constraints in declaration order, as written in the CREATE text.
        std::stable_sort(uniques.begin(), uniques.end(), [&](const auto& a, const auto& b) {
            auto position = [&](const model::KeyConstraint& k) {
                for (qsizetype i = 0; i < parsed.uniques.size(); ++i) {
                    if (!k.name.isEmpty() && parsed.uniques.at(i).name == k.name)
                        return i;
                }
                return parsed.uniques.size();
            };
            return position(a) < position(b);
        });
        t.uniques = uniques;
        m_model.tables.append(std::move(t));
        return {};
    }

    const QSqlDatabase& m_db;
    QString m_schema;
    const CatalogFilter& m_filter;
    model::Model& m_model;
    model::Diagnostics* m_notes;
    core::Id m_schemaId;
    QHash<QString, QString> m_indexSql;
};

} // namespace

LogicalType SqliteCatalogReader::typeFromDeclaredType(QStringView declared, bool* exact)
{
    const QString d = declared.trimmed().toString().toLower().simplified();
    LogicalType type;
    bool lossless = true;
    if (auto parsed = LogicalType::parse(d); parsed && parsed->kind != LogicalType::Kind::Enum) {
        type = *parsed;
    } else if (d == u"datetime") {
        type.kind = LogicalType::Kind::Timestamp;
    } else if (d == u"float") {
        type.kind = LogicalType::Kind::Double;
    } else {
        lossless = false;
        type.overrides.insert(QStringLiteral("sqlite"), declared.trimmed().toString());
    }
    if (exact)
        *exact = lossless;
    return type;
}

model::ColumnDefault SqliteCatalogReader::defaultFromSql(const QVariant& defaultSql)
{
    using Kind = model::ColumnDefault::Kind;
    if (defaultSql.isNull())
        return {};
    const QString t = defaultSql.toString().trimmed();
    const QString upper = t.toUpper();
    if (t.isEmpty() || upper == u"NULL")
        return {};
    if (upper == u"CURRENT_TIMESTAMP" || upper == u"CURRENT_DATE" || upper == u"CURRENT_TIME")
        return {Kind::CurrentTimestamp, {}};
    if (upper == u"TRUE" || upper == u"FALSE")
        return {Kind::Literal, t.toLower()};
    if (const auto value = sqltext::stringLiteralValue(t))
        return {Kind::Literal, *value};
    static const QRegularExpression numberRe(
        QStringLiteral(R"(^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    if (numberRe.match(t).hasMatch())
        return {Kind::Literal, t.startsWith(u'+') ? t.mid(1) : t};
    return {Kind::Expression, sqltext::stripOuterParens(t)};
}

core::Result<model::Model> SqliteCatalogReader::read(const QSqlDatabase& database,
                                                     const CatalogFilter& filter,
                                                     model::Diagnostics* notes) const
{
    const auto attached = runCatalogQuery(database, kDialect, u"database_list",
                                          QStringLiteral("SELECT name FROM pragma_database_list"));
    if (!attached)
        return attached.error();
    QStringList present;
    for (const CatalogRow& row : attached.value())
        present.append(text(row, 0));
    QStringList schemas =
        filter.schemas.isEmpty() ? QStringList{QStringLiteral("main")} : filter.schemas;
    std::sort(schemas.begin(), schemas.end());
    model::Model result;
    for (const QString& schema : std::as_const(schemas)) {
        if (!present.contains(schema))
            return core::Error{QStringLiteral("sqlite catalog: database_list"),
                               QStringLiteral("database \"%1\" is not attached").arg(schema)};
        if (const core::Status s = SchemaReader(database, schema, filter, result, notes).read(); !s)
            return s.error();
    }
    // Foreign keys written as "REFERENCES t" (no columns) mean t's primary key.
    for (model::Table& t : result.tables) {
        for (model::ForeignKey& fk : t.foreignKeys) {
            const model::Table* target = result.table(fk.referencedTableId);
            if (fk.referencedColumnIds.isEmpty() && target && target->primaryKey)
                fk.referencedColumnIds = target->primaryKey->columnIds;
        }
    }
    return result;
}

} // namespace schemata::connect
