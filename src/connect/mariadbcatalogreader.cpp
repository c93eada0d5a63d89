#include "connect/mariadbcatalogreader.h"

#include "connect/catalogid.h"
#include "connect/catalogprogress.h"
#include "connect/catalogquery.h"
#include "connect/sqltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace schemata::connect {

namespace {

using model::LogicalType;

constexpr QStringView kDialect = u"mariadb";

QString text(const CatalogRow& row, int i)
{
    return row.value(i).toString();
}

std::optional<model::ReferentialAction> actionFromRule(const QString& rule)
{
    const QString r = rule.toUpper();
    if (r == u"NO ACTION")
        return model::ReferentialAction::NoAction;
    if (r == u"RESTRICT")
        return model::ReferentialAction::Restrict;
    if (r == u"CASCADE")
        return model::ReferentialAction::Cascade;
    if (r == u"SET NULL")
        return model::ReferentialAction::SetNull;
    if (r == u"SET DEFAULT")
        return model::ReferentialAction::SetDefault;
    return std::nullopt;
}

struct IndexPart
{
    QString column;
    bool desc = false;
    bool prefix = false; // SUB_PART: only a prefix of the column is indexed
};

struct RawIndex
{
    QString name;
    bool unique = false;
    QString type;
    QList<IndexPart> parts;
};

class SchemaReader
{
public:
    SchemaReader(const QSqlDatabase& db, const QString& schema, const QString& overrideKey,
                 const CatalogFilter& filter, model::Model& m, model::Diagnostics* notes)
        : m_db(db), m_schema(schema), m_overrideKey(overrideKey), m_filter(filter), m_model(m),
          m_notes(notes)
    {}

    core::Status read(const QString& comment)
    {
        m_schemaId = catalogId(u"sch", {m_schema});
        m_model.schemas.append({m_schemaId, m_schema, comment});
        for (auto step :
             {&SchemaReader::readTables, &SchemaReader::readColumns, &SchemaReader::readConstraints,
              &SchemaReader::readIndexes, &SchemaReader::readViews}) {
            if (const core::Status s = (this->*step)(); !s)
                return s;
            // Do not start the next query for nothing.
            if (m_filter.isCancelled())
                return core::Error{QStringLiteral("mariadb catalog"),
                                   QStringLiteral("import cancelled")};
        }
        return {};
    }

private:
    core::Result<CatalogRows> query(QStringView label, const QString& sql)
    {
        return runCatalogQuery(m_db, kDialect, label, sql, {m_schema});
    }
    void note(const QString& path, const QString& message, const core::Id& id = {})
    {
        if (m_notes)
            m_notes->append({model::Diagnostic::Severity::Info, QStringLiteral("catalog-read"),
                             path, message, id});
    }
    QString path(const QString& table, const QString& member = {}) const
    {
        return m_schema + QLatin1Char('.') + table +
               (member.isEmpty() ? QString() : QLatin1Char('.') + member);
    }
    // Progress of one phase over this schema's tables (`unit` counts something else).
    CatalogProgress progress(const QString& phase, qsizetype total = -1,
                             const QString& unit = QStringLiteral("tables")) const
    {
        return CatalogProgress(m_filter, kDialect.toString(), phase,
                               total < 0 ? m_tables.size() : total, unit);
    }
    model::Table* table(const QString& name)
    {
        const auto it = m_tables.constFind(name);
        return it == m_tables.cend() ? nullptr : &m_model.tables[*it];
    }
    core::Id columnId(const QString& table, const QString& column) const
    {
        return catalogId(u"col", {m_schema, table, column});
    }

    core::Status readTables()
    {
        const auto rows = query(
            u"tables",
            QStringLiteral(
                "SELECT TABLE_NAME, TABLE_COMMENT, TABLE_COLLATION FROM information_schema.TABLES "
                "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"));
        if (!rows)
            return rows.error();
        CatalogRows sorted = rows.value();
        std::sort(sorted.begin(), sorted.end(),
                  [](const CatalogRow& a, const CatalogRow& b) { return text(a, 0) < text(b, 0); });
        CatalogProgress p = progress(QStringLiteral("tables"), sorted.size());
        for (const CatalogRow& row : sorted) {
            if (const core::Status s = p.check(); !s)
                return s;
            p.step();
            model::Table t;
            t.name = text(row, 0);
            t.id = catalogId(u"tbl", {m_schema, t.name});
            t.schemaId = m_schemaId;
            t.comment = text(row, 1);
            m_tableCollation.insert(t.name, text(row, 2));
            m_tables.insert(t.name, m_model.tables.size());
            m_model.tables.append(std::move(t));
        }
        p.finish();
        return {};
    }

    core::Status readColumns()
    {
        const auto rows = query(
            u"columns",
            QStringLiteral(
                "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE, EXTRA, "
                "GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT "
                "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? "
                "ORDER BY TABLE_NAME, ORDINAL_POSITION"));
        if (!rows)
            return rows.error();
        CatalogProgress p = progress(QStringLiteral("columns"));
        for (const CatalogRow& row : rows.value()) {
            if (const core::Status s = p.check(); !s)
                return s;
            model::Table* t = table(text(row, 0));
            if (!t)
                continue; // a view's column
            p.row(t->name);
            model::Column c;
            c.name = text(row, 1);
            c.id = columnId(t->name, c.name);
            const QString columnType = text(row, 4);
            if (columnType.startsWith(u"enum(", Qt::CaseInsensitive) &&
                columnType.endsWith(QLatin1Char(')'))) {
                model::EnumType e;
                e.id = catalogId(u"enm", {m_schema, t->name, c.name});
                e.schemaId = m_schemaId;
                e.name = t->name + QLatin1Char('_') + c.name;
                for (const QString& part : sqltext::splitTopLevel(
                         QStringView(columnType).mid(5).chopped(1), QLatin1Char(',')))
                    // COLUMN_TYPE doubles quotes and escapes backslashes.
                    e.values.append(sqltext::stringLiteralValue(part, true).value_or(part));
                c.type.kind = LogicalType::Kind::Enum;
                c.type.enumId = e.id;
                m_model.enums.append(std::move(e));
            } else {
                bool exact = true;
                c.type =
                    MariaDbCatalogReader::typeFromColumnType(columnType, m_overrideKey, &exact);
                if (!exact)
                    note(path(t->name, c.name),
                         QStringLiteral("type %1 kept as a %2 type override")
                             .arg(columnType, m_overrideKey),
                         c.id);
            }
            c.nullable = text(row, 3) == u"YES";
            const QString extra = text(row, 5);
            if (extra.contains(u"auto_increment", Qt::CaseInsensitive))
                c.identity = model::Identity::ByDefault;
            if (extra.contains(u"GENERATED", Qt::CaseInsensitive) &&
                !row.value(6).toString().isEmpty()) {
                c.generatedExpression = text(row, 6);
                c.generatedStored = extra.contains(u"STORED", Qt::CaseInsensitive);
            } else {
                c.defaultValue = MariaDbCatalogReader::defaultFromColumnDefault(row.value(2));
                if (c.type.kind == LogicalType::Kind::Boolean &&
                    c.defaultValue.kind == model::ColumnDefault::Kind::Literal &&
                    (c.defaultValue.value == u"0" || c.defaultValue.value == u"1"))
                    c.defaultValue.value = c.defaultValue.value == u"1" ? QStringLiteral("true")
                                                                        : QStringLiteral("false");
            }
            if (extra.contains(u"on update", Qt::CaseInsensitive))
                note(path(t->name, c.name),
                     QStringLiteral("\"%1\" has no model equivalent; not read").arg(extra), c.id);
            const QString collation = text(row, 7);
            if (!collation.isEmpty() && collation != m_tableCollation.value(t->name))
                c.collation = collation;
            c.comment = text(row, 8);
            t->columns.append(std::move(c));
        }
        p.finish();
        return {};
    }

    core::Status readConstraints()
    {
        const auto kinds = query(
            u"table constraints",
            QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM "
                           "information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?"));
        if (!kinds)
            return kinds.error();
        for (const CatalogRow& row : kinds.value()) {
            if (text(row, 2) == u"UNIQUE")
                m_uniqueNames[text(row, 0)].insert(text(row, 1));
        }
        // Foreign keys: columns from KEY_COLUMN_USAGE, actions from REFERENTIAL_CONSTRAINTS.
        const auto rules = query(
            u"referential constraints",
            QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM "
                           "information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? "
                           "ORDER BY TABLE_NAME, CONSTRAINT_NAME"));
        if (!rules)
            return rules.error();
        const auto usage =
            query(u"key column usage",
                  QStringLiteral(
                      "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, "
                      "REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM "
                      "information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? "
                      "AND REFERENCED_TABLE_NAME IS NOT NULL "
                      "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"));
        if (!usage)
            return usage.error();
        QHash<QString, QList<const CatalogRow*>> fkColumns; // "table\nname" → rows
        for (const CatalogRow& row : usage.value())
            fkColumns[text(row, 0) + QLatin1Char('\n') + text(row, 1)].append(&row);
        CatalogProgress p = progress(QStringLiteral("constraints"));
        for (const CatalogRow& row : rules.value()) {
            if (const core::Status s = p.check(); !s)
                return s;
            model::Table* t = table(text(row, 0));
            if (!t)
                continue;
            p.row(t->name);
            const QString name = text(row, 1);
            const auto cols = fkColumns.value(t->name + QLatin1Char('\n') + name);
            const auto onUpdate = actionFromRule(text(row, 2));
            const auto onDelete = actionFromRule(text(row, 3));
            if (cols.isEmpty() || !onUpdate || !onDelete) {
                note(path(t->name, name), QStringLiteral("unreadable foreign key; skipped"));
                continue;
            }
            const QString refSchema = text(*cols.first(), 3);
            const QString refTable = text(*cols.first(), 4);
            if (refSchema != m_schema) {
                note(path(t->name, name), QStringLiteral("foreign key references %1.%2 in another "
                                                         "database; skipped")
                                              .arg(refSchema, refTable));
                continue;
            }
            model::ForeignKey fk;
            fk.id = catalogId(u"fk", {m_schema, t->name, name});
            fk.name = name;
            fk.referencedTableId = catalogId(u"tbl", {m_schema, refTable});
            for (const CatalogRow* c : cols) {
                fk.columnIds.append(columnId(t->name, text(*c, 2)));
                fk.referencedColumnIds.append(columnId(refTable, text(*c, 5)));
            }
            fk.onUpdate = *onUpdate;
            fk.onDelete = *onDelete;
            m_fkColumns[t->name].insert(name, fk.columnIds);
            t->foreignKeys.append(std::move(fk));
        }
        const auto checks =
            query(u"check constraints",
                  QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM "
                                 "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? "
                                 "ORDER BY TABLE_NAME, CONSTRAINT_NAME"));
        if (!checks)
            return checks.error();
        for (const CatalogRow& row : checks.value()) {
            if (const core::Status s = p.check(); !s)
                return s;
            model::Table* t = table(text(row, 0));
            if (!t)
                continue;
            const QString name = text(row, 1);
            const QString clause = text(row, 2);
            // MariaDB's JSON is LONGTEXT plus this automatic column check: fold it back.
            model::Column* c = t->column(columnId(t->name, name));
            if (c &&
                clause == QStringLiteral("json_valid(`%1`)")
                              .arg(QString(name).replace(QLatin1Char('`'), QStringLiteral("``"))) &&
                c->type.kind == LogicalType::Kind::Text) {
                c->type = LogicalType{};
                c->type.kind = LogicalType::Kind::Json;
                // JSON's utf8mb4_bin comes with the type; it is not the user's choice.
                if (c->collation == u"utf8mb4_bin")
                    c->collation.clear();
                if (m_notes) // the "longtext kept as an override" note no longer applies
                    m_notes->removeIf(
                        [&](const model::Diagnostic& d) { return d.objectId == c->id; });
                continue;
            }
            t->checks.append({catalogId(u"ck", {m_schema, t->name, name}), name, clause});
        }
        p.finish();
        return {};
    }

    core::Status readIndexes()
    {
        const auto rows = query(
            u"statistics",
            QStringLiteral(
                "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, "
                "INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? "
                "ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"));
        if (!rows)
            return rows.error();
        CatalogProgress p = progress(QStringLiteral("indexes"));
        QMap<QString, QList<RawIndex>> byTable;
        for (const CatalogRow& row : rows.value()) {
            if (const core::Status s = p.check(); !s)
                return s;
            QList<RawIndex>& list = byTable[text(row, 0)];
            if (list.isEmpty() || list.last().name != text(row, 1))
                list.append({text(row, 1), row.value(2).toInt() == 0, text(row, 6), {}});
            list.last().parts.append({text(row, 3), text(row, 4) == u"D", !row.value(5).isNull()});
        }
        for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
            if (const core::Status s = p.check(); !s)
                return s;
            model::Table* t = table(it.key());
            if (!t)
                continue;
            p.row(t->name);
            QList<RawIndex> indexes = it.value();
            std::sort(indexes.begin(), indexes.end(),
                      [](const RawIndex& a, const RawIndex& b) { return a.name < b.name; });
            for (const RawIndex& raw : std::as_const(indexes))
                addIndex(*t, raw);
        }
        p.finish();
        return {};
    }

    void addIndex(model::Table& t, const RawIndex& raw)
    {
        QList<core::Id> columns;
        bool plain = raw.type == u"BTREE";
        for (const IndexPart& p : raw.parts) {
            columns.append(columnId(t.name, p.column));
            plain = plain && !p.desc && !p.prefix;
            if (p.prefix)
                note(path(t.name, raw.name), QStringLiteral("index on a prefix of column %1; the "
                                                            "prefix length is not read")
                                                 .arg(p.column));
        }
        if (raw.name == u"PRIMARY") {
            t.primaryKey =
                model::KeyConstraint{catalogId(u"pk", {m_schema, t.name}), QString(), columns};
            return;
        }
        if (raw.unique && plain && m_uniqueNames.value(t.name).contains(raw.name)) {
            t.uniques.append({catalogId(u"uq", {m_schema, t.name, raw.name}), raw.name, columns});
            return;
        }
        const auto fk = m_fkColumns.value(t.name).constFind(raw.name);
        if (!raw.unique && fk != m_fkColumns.value(t.name).cend() && *fk == columns)
            return; // created by the server for the foreign key of the same name
        model::Index index;
        index.id = catalogId(u"idx", {m_schema, t.name, raw.name});
        index.name = raw.name;
        index.unique = raw.unique;
        if (raw.type != u"BTREE")
            index.method = raw.type.toLower();
        for (const IndexPart& p : raw.parts) {
            model::IndexKey key;
            key.columnId = columnId(t.name, p.column);
            key.sort = p.desc ? model::IndexKey::Sort::Desc : model::IndexKey::Sort::Asc;
            index.keys.append(key);
        }
        t.indexes.append(std::move(index));
    }

    core::Status readViews()
    {
        const auto rows =
            query(u"views",
                  QStringLiteral("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
                                 "WHERE TABLE_SCHEMA = ?"));
        if (!rows)
            return rows.error();
        CatalogRows sorted = rows.value();
        std::sort(sorted.begin(), sorted.end(),
                  [](const CatalogRow& a, const CatalogRow& b) { return text(a, 0) < text(b, 0); });
        // MariaDB qualifies every table in the stored definition with the database name;
        // the model's view must not point back at the database it was read from.
        const QString qualifier =
            u'`' + QString(m_schema).replace(u'`', QStringLiteral("``")) + QStringLiteral("`.");
        CatalogProgress p =
            progress(QStringLiteral("views"), sorted.size(), QStringLiteral("views"));
        for (const CatalogRow& row : sorted) {
            if (const core::Status s = p.check(); !s)
                return s;
            p.step();
            m_model.views.append({catalogId(u"viw", {m_schema, text(row, 0)}), m_schemaId,
                                  text(row, 0), text(row, 1).replace(qualifier, QString()),
                                  QString()});
        }
        p.finish();
        return {};
    }

    const QSqlDatabase& m_db;
    QString m_schema;
    QString m_overrideKey;
    const CatalogFilter& m_filter;
    model::Model& m_model;
    model::Diagnostics* m_notes;
    core::Id m_schemaId;
    QHash<QString, qsizetype> m_tables;
    QHash<QString, QString> m_tableCollation;
    QHash<QString, QSet<QString>> m_uniqueNames;
    QHash<QString, QHash<QString, QList<core::Id>>> m_fkColumns; // table → fk name → columns
};

} // namespace

LogicalType MariaDbCatalogReader::typeFromColumnType(QStringView columnType,
                                                     QStringView overrideKey, bool* exact)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([a-z]+)(?:\((\d+)(?:,(\d+))?\))?((?: unsigned| zerofill)*)$)"));
    const QString t = columnType.trimmed().toString().toLower();
    LogicalType type;
    bool lossless = true;
    const auto m = re.match(t);
    const QString base = m.hasMatch() ? m.captured(1) : QString();
    const bool hasFirst = m.hasMatch() && m.hasCaptured(2);
    const int first = hasFirst ? m.captured(2).toInt() : -1;
    const bool modifiers = m.hasMatch() && !m.captured(4).isEmpty();
    using K = LogicalType::Kind;
    static const QHash<QString, std::pair<K, bool>> kinds = {
        // base → kind, whether the kind says everything about it
        {QStringLiteral("smallint"), {K::SmallInt, true}},
        {QStringLiteral("int"), {K::Integer, true}},
        {QStringLiteral("integer"), {K::Integer, true}},
        {QStringLiteral("bigint"), {K::BigInt, true}},
        {QStringLiteral("tinyint"), {K::SmallInt, false}},
        {QStringLiteral("mediumint"), {K::Integer, false}},
        {QStringLiteral("decimal"), {K::Decimal, true}},
        {QStringLiteral("numeric"), {K::Decimal, true}},
        {QStringLiteral("float"), {K::Real, true}},
        {QStringLiteral("double"), {K::Double, true}},
        {QStringLiteral("varchar"), {K::Varchar, true}},
        {QStringLiteral("char"), {K::Char, true}},
        {QStringLiteral("text"), {K::Text, false}},
        {QStringLiteral("tinytext"), {K::Text, false}},
        {QStringLiteral("mediumtext"), {K::Text, false}},
        {QStringLiteral("longtext"), {K::Text, true}}, // what the generator writes for text
        {QStringLiteral("date"), {K::Date, true}},
        {QStringLiteral("time"), {K::Time, true}},
        {QStringLiteral("datetime"), {K::Timestamp, true}},
        // TIMESTAMP is UTC-stored (timestamptz), but the generator writes timestamptz as
        // DATETIME: the override keeps a TIMESTAMP column a TIMESTAMP through DDL.
        {QStringLiteral("timestamp"), {K::TimestampTz, false}},
        {QStringLiteral("uuid"), {K::Uuid, true}},
        {QStringLiteral("json"), {K::Json, true}},
        {QStringLiteral("varbinary"), {K::Bytes, true}},
        {QStringLiteral("blob"), {K::Bytes, false}},
        {QStringLiteral("binary"), {K::Bytes, false}},
        {QStringLiteral("tinyblob"), {K::Bytes, false}},
        {QStringLiteral("mediumblob"), {K::Bytes, false}},
        {QStringLiteral("longblob"), {K::Bytes, true}}, // the generator's bytes
    };
    // "lossless" = the MySQL DDL generator writes this kind back as exactly this type, so
    // import → DDL → import is stable; anything else keeps its spelling as an override.
    const auto it = kinds.constFind(base);
    if (base == u"tinyint" && first == 1 && !modifiers) {
        type.kind = K::Boolean;
    } else if (it == kinds.cend()) {
        lossless = false; // year, bit, set, geometry …: no logical kind
    } else {
        type.kind = it->first;
        lossless = it->second && !modifiers;
        if (type.kind == K::Decimal) {
            type.precision = first;
            type.scale = m.hasCaptured(3) ? m.captured(3).toInt() : -1;
        } else if (type.kind == K::Varchar || type.kind == K::Char ||
                   (type.kind == K::Bytes && base.contains(u"binary"))) {
            type.length = first;
        } else if (type.kind == K::Time || type.kind == K::Timestamp ||
                   type.kind == K::TimestampTz) {
            type.precision = first;
        }
        // Integer display widths (int(11)) carry no meaning and are dropped.
    }
    if (!lossless)
        type.overrides.insert(overrideKey.toString(), columnType.toString());
    if (exact)
        *exact = lossless;
    return type;
}

model::ColumnDefault MariaDbCatalogReader::defaultFromColumnDefault(const QVariant& columnDefault)
{
    using Kind = model::ColumnDefault::Kind;
    if (columnDefault.isNull())
        return {};
    const QString t = columnDefault.toString().trimmed();
    const QString lower = t.toLower();
    if (t.isEmpty() || lower == u"null")
        return {};
    static const QRegularExpression nowRe(QStringLiteral(
        R"(^(current_timestamp|now|localtimestamp|current_date|curdate|current_time|curtime)(\(\d*\))?$)"));
    if (nowRe.match(lower).hasMatch())
        return {Kind::CurrentTimestamp, {}};
    // MariaDB writes literal defaults quoted, with '' for a quote and \\ for a backslash.
    if (const auto value = sqltext::stringLiteralValue(t, true))
        return {Kind::Literal, *value};
    static const QRegularExpression numberRe(QStringLiteral(R"(^-?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    if (numberRe.match(t).hasMatch())
        return {Kind::Literal, t};
    return {Kind::Expression, t};
}

core::Result<model::Model> MariaDbCatalogReader::read(const QSqlDatabase& database,
                                                      const CatalogFilter& filter,
                                                      model::Diagnostics* notes) const
{
    const auto version = runCatalogQuery(database, kDialect, u"version",
                                         QStringLiteral("SELECT VERSION(), DATABASE()"));
    if (!version)
        return version.error();
    const CatalogRow info = version.value().value(0);
    const QString overrideKey = text(info, 0).contains(u"MariaDB", Qt::CaseInsensitive)
                                    ? QStringLiteral("mariadb")
                                    : QStringLiteral("mysql");
    QStringList schemas = filter.schemas;
    if (schemas.isEmpty()) {
        if (info.value(1).isNull() || text(info, 1).isEmpty())
            return core::Error{
                QStringLiteral("mariadb catalog"),
                QStringLiteral("no database selected: connect to one or name it in the filter")};
        schemas.append(text(info, 1));
    }
    std::sort(schemas.begin(), schemas.end());
    const auto present = runCatalogQuery(
        database, kDialect, u"schemata",
        QStringLiteral("SELECT SCHEMA_NAME, SCHEMA_COMMENT FROM information_schema.SCHEMATA"));
    if (!present)
        return present.error();
    QHash<QString, QString> comments;
    for (const CatalogRow& row : present.value())
        comments.insert(text(row, 0), text(row, 1));
    model::Model result;
    for (const QString& schema : std::as_const(schemas)) {
        if (!comments.contains(schema))
            return core::Error{QStringLiteral("mariadb catalog: schemata"),
                               QStringLiteral("database \"%1\" does not exist").arg(schema)};
        SchemaReader reader(database, schema, overrideKey, filter, result, notes);
        if (const core::Status s = reader.read(comments.value(schema)); !s)
            return s.error();
    }
    return result;
}

} // namespace schemata::connect
