#include "connect/tablefilter.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace schemata::connect {

namespace {

core::Result<QList<QRegularExpression>> compilePatterns(const QStringList& patterns,
                                                        QStringView option,
                                                        Qt::CaseSensitivity caseSensitivity)
{
    QList<QRegularExpression> compiled;
    for (const QString& raw : patterns) {
        const QString pattern = raw.trimmed();
        if (pattern.isEmpty())
            continue;
        // NonPathWildcardConversion: `*` also matches '/' and '.', as in a shell glob over
        // names rather than paths ("sales.*" still needs its dot spelled out).
        QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                  pattern, QRegularExpression::NonPathWildcardConversion),
                              caseSensitivity == Qt::CaseInsensitive
                                  ? QRegularExpression::CaseInsensitiveOption
                                  : QRegularExpression::NoPatternOption);
        if (!re.isValid())
            return core::Error{QStringLiteral("table filter"),
                               QStringLiteral("%1 pattern \"%2\" is not a valid glob (%3)")
                                   .arg(option, pattern, re.errorString())};
        compiled.append(std::move(re));
    }
    return compiled;
}

// "schema.table" of a note's path ("schema.table.column" …), or the whole path.
QString tableOfPath(const QString& path)
{
    const qsizetype first = path.indexOf(u'.');
    if (first < 0)
        return path;
    const qsizetype second = path.indexOf(u'.', first + 1);
    return second < 0 ? path : path.left(second);
}

// One name in a view body: bare (PostgreSQL folds it to lower case) or quoted (as written).
struct NamePart
{
    QString text;
    bool quoted = false;
};

// How a dialect writes its SQL: enough to tell names from strings and comments.
struct BodySyntax
{
    bool backslashEscapes = false;    // MySQL/MariaDB strings
    bool doubleQuoteIsString = false; // MySQL/MariaDB (without ANSI_QUOTES)
    bool backticks = false;           // MySQL/MariaDB, SQLite
    bool brackets = false;            // SQLite [name]
    bool hashComments = false;        // MySQL/MariaDB
    bool dollarQuotes = false;        // PostgreSQL $tag$…$tag$
    bool foldsBareNames = false;      // PostgreSQL: bare names are lower case

    static BodySyntax forDialect(QStringView dialect)
    {
        BodySyntax s;
        if (dialect == u"mysql" || dialect == u"mariadb") {
            s.backslashEscapes = s.doubleQuoteIsString = s.backticks = s.hashComments = true;
        } else if (dialect == u"sqlite" || dialect == u"sqlite3") {
            s.backticks = s.brackets = true;
        } else if (dialect == u"postgres" || dialect == u"postgresql" || dialect == u"pg") {
            s.dollarQuotes = s.foldsBareNames = true;
        }
        return s;
    }
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isNamePart(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == u'$';
}

// Index just past a quoted run opened at `open` by `quote` (doubled quote = one; with
// `backslash`, \x too). Unterminated: the end of the text.
qsizetype skipQuoted(QStringView sql, qsizetype open, QChar quote, bool backslash, QString* value)
{
    qsizetype i = open + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (backslash && c == u'\\' && i + 1 < sql.size()) {
            if (value)
                value->append(sql.at(i + 1));
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                if (value)
                    value->append(quote);
                i += 2;
                continue;
            }
            return i + 1;
        }
        if (value)
            value->append(c);
        ++i;
    }
    return i;
}

// The dotted names a view body mentions ("sales.orders" → {sales, orders}), in text order,
// without function names (a name followed by '(') and aliases (a name after AS). Strings,
// comments and numbers are skipped; this is a tokenizer, not a parser, so a column that
// happens to carry a cut table's name counts as a mention.
QList<QList<NamePart>> dottedNames(QStringView sql, const BodySyntax& syntax)
{
    enum class Kind
    {
        Name,
        Dot,
        Open,
        Other
    };
    struct Token
    {
        Kind kind;
        NamePart name;
    };
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && next == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'#' && syntax.hashComments) {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && next == u'*') {
            int depth = 0;
            while (i < n) {
                if (sql.at(i) == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == u'*' && i + 1 < n && sql.at(i + 1) == u'/') {
                    i += 2;
                    // Only PostgreSQL nests block comments.
                    if (--depth == 0 || !syntax.foldsBareNames)
                        break;
                } else {
                    ++i;
                }
            }
        } else if (c == u'\'') {
            // PostgreSQL's E'…' strings take backslashes; the E was read as a name.
            bool escapes = syntax.backslashEscapes;
            if (!tokens.isEmpty() && tokens.last().kind == Kind::Name &&
                !tokens.last().name.quoted &&
                tokens.last().name.text.compare(u"E", Qt::CaseInsensitive) == 0 && i > 0 &&
                !sql.at(i - 1).isSpace()) {
                tokens.removeLast();
                escapes = true;
            }
            i = skipQuoted(sql, i, c, escapes, nullptr);
            tokens.append({Kind::Other, {}});
        } else if (c == u'"' && syntax.doubleQuoteIsString) {
            i = skipQuoted(sql, i, c, syntax.backslashEscapes, nullptr);
            tokens.append({Kind::Other, {}});
        } else if (c == u'"' || (c == u'`' && syntax.backticks)) {
            NamePart part{{}, true};
            i = skipQuoted(sql, i, c, false, &part.text);
            tokens.append({Kind::Name, part});
        } else if (c == u'[' && syntax.brackets) {
            const qsizetype close = sql.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? n : close;
            tokens.append({Kind::Name, {sql.mid(i + 1, end - i - 1).toString(), true}});
            i = end + 1;
        } else if (c == u'$' && syntax.dollarQuotes && (next == u'$' || isNameStart(next))) {
            // $tag$ … $tag$ (a positional $1 is not a quote: it starts with a digit).
            qsizetype tagEnd = i + 1;
            while (tagEnd < n && sql.at(tagEnd) != u'$' && isNamePart(sql.at(tagEnd)))
                ++tagEnd;
            if (tagEnd < n && sql.at(tagEnd) == u'$') {
                const QStringView tag = sql.mid(i, tagEnd - i + 1);
                const qsizetype close = sql.indexOf(tag, tagEnd + 1);
                i = close < 0 ? n : close + tag.size();
            } else {
                i = tagEnd;
            }
            tokens.append({Kind::Other, {}});
        } else if (isNameStart(c)) {
            const qsizetype start = i;
            while (i < n && isNamePart(sql.at(i)))
                ++i;
            tokens.append({Kind::Name, {sql.mid(start, i - start).toString(), false}});
        } else if (c.isDigit()) {
            // 12, 1.5e3, 0x1F: one number, never the start of a dotted name.
            while (i < n &&
                   (sql.at(i).isLetterOrNumber() || sql.at(i) == u'.' || sql.at(i) == u'_'))
                ++i;
            tokens.append({Kind::Other, {}});
        } else {
            tokens.append({c == u'.' ? Kind::Dot : c == u'(' ? Kind::Open : Kind::Other, {}});
            ++i;
        }
    }

    QList<QList<NamePart>> names;
    for (qsizetype t = 0; t < tokens.size();) {
        if (tokens.at(t).kind != Kind::Name) {
            ++t;
            continue;
        }
        const bool afterAs = t > 0 && tokens.at(t - 1).kind == Kind::Name &&
                             !tokens.at(t - 1).name.quoted &&
                             tokens.at(t - 1).name.text.compare(u"AS", Qt::CaseInsensitive) == 0;
        QList<NamePart> dotted{tokens.at(t).name};
        ++t;
        while (t + 1 < tokens.size() && tokens.at(t).kind == Kind::Dot &&
               tokens.at(t + 1).kind == Kind::Name) {
            dotted.append(tokens.at(t + 1).name);
            t += 2;
        }
        const bool call = t < tokens.size() && tokens.at(t).kind == Kind::Open;
        if (!afterAs && !call)
            names.append(std::move(dotted));
    }
    return names;
}

// A table or view the patterns left out.
struct CutRelation
{
    core::Id schemaId;
    QString name;
    QString qualified; // "schema.name"
    bool isView = false;
};

// PostgreSQL folds bare names to lower case (ASCII only, as with a UTF-8 database).
QString foldAscii(const QString& name)
{
    QString folded = name;
    for (QChar& c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return folded;
}

// Lists each kept view whose body names a cut table or view (see TableFilter::apply), one
// item per view and cut relation, in the order the body first names them.
void reportViewsOnCut(const model::Model& model, const QList<CutRelation>& cut,
                      const BodySyntax& syntax, Qt::CaseSensitivity caseSensitivity,
                      ImportReport& report)
{
    const auto same = [&](const NamePart& part, const QString& name) {
        if (syntax.foldsBareNames && !part.quoted)
            return foldAscii(part.text) == name;
        return part.text.compare(name, caseSensitivity) == 0;
    };
    // Candidates by lower-cased name; same() decides.
    QHash<QString, QList<qsizetype>> cutByName;
    for (qsizetype i = 0; i < cut.size(); ++i)
        cutByName[cut.at(i).name.toLower()].append(i);
    QSet<QString> schemaNames;
    QHash<core::Id, QString> schemaOf;
    for (const model::Schema& schema : model.schemas) {
        schemaNames.insert(schema.name.toLower());
        schemaOf.insert(schema.id, schema.name);
    }
    // Kept relations by schema: a bare name the view's own schema holds is that one.
    QHash<core::Id, QStringList> keptBySchema;
    for (const model::Table& table : model.tables)
        keptBySchema[table.schemaId].append(table.name);
    for (const model::View& view : model.views)
        keptBySchema[view.schemaId].append(view.name);
    const auto ownSchemaHas = [&](const core::Id& schemaId, const NamePart& part) {
        const QStringList names = keptBySchema.value(schemaId);
        return std::any_of(names.cbegin(), names.cend(),
                           [&](const QString& name) { return same(part, name); });
    };

    for (const model::View& view : model.views) {
        QList<qsizetype> named;
        const auto mention = [&](qsizetype index) {
            if (!named.contains(index))
                named.append(index);
        };
        for (const QList<NamePart>& dotted : dottedNames(view.sql, syntax)) {
            for (qsizetype k = 0; k < dotted.size(); ++k) {
                const auto candidates = cutByName.constFind(dotted.at(k).text.toLower());
                if (candidates == cutByName.cend())
                    continue;
                for (const qsizetype index : *candidates) {
                    const CutRelation& relation = cut.at(index);
                    if (!same(dotted.at(k), relation.name))
                        continue;
                    const QString schema = schemaOf.value(relation.schemaId);
                    // schema.name anywhere in the dotted name.
                    if (k > 0 && !schema.isEmpty() && same(dotted.at(k - 1), schema)) {
                        mention(index);
                        continue;
                    }
                    // A bare name ("a", "a.col") — unless "a" is a schema ("a.b"), or the
                    // view's own schema has a kept relation of that name.
                    const bool schemaQualifier =
                        dotted.size() == 2 && schemaNames.contains(dotted.at(0).text.toLower());
                    if (k == 0 && dotted.size() <= 2 && !schemaQualifier &&
                        (relation.schemaId == view.schemaId ||
                         !ownSchemaHas(view.schemaId, dotted.at(0))))
                        mention(index);
                }
            }
        }
        for (const qsizetype index : std::as_const(named)) {
            const CutRelation& relation = cut.at(index);
            ImportReportItem item;
            item.objectType = QStringLiteral("view");
            item.name = schemaOf.value(view.schemaId).isEmpty()
                            ? view.name
                            : schemaOf.value(view.schemaId) + u'.' + view.name;
            item.message =
                QStringLiteral("references %1 %2, not imported (table filter)")
                    .arg(relation.isView ? QStringLiteral("view") : QStringLiteral("table"),
                         relation.qualified);
            report.items.append(std::move(item));
        }
    }
}

} // namespace

core::Result<TableFilter> TableFilter::compile(const QStringList& tables,
                                               const QStringList& excludedTables,
                                               Qt::CaseSensitivity caseSensitivity,
                                               const QString& dialect)
{
    TableFilter filter;
    filter.m_case = caseSensitivity;
    filter.m_dialect = dialect.toLower();
    auto include = compilePatterns(tables, u"table", caseSensitivity);
    if (!include)
        return include.error();
    auto exclude = compilePatterns(excludedTables, u"exclude-table", caseSensitivity);
    if (!exclude)
        return exclude.error();
    filter.m_include = std::move(include).value();
    filter.m_exclude = std::move(exclude).value();
    return filter;
}

bool TableFilter::matchesAny(const QList<QRegularExpression>& patterns, const QString& table,
                             const QString& qualified)
{
    for (const QRegularExpression& re : patterns) {
        if (re.match(table).hasMatch() || re.match(qualified).hasMatch())
            return true;
    }
    return false;
}

bool TableFilter::includes(const QString& schema, const QString& table) const
{
    const QString qualified = schema.isEmpty() ? table : schema + u'.' + table;
    if (!m_include.isEmpty() && !matchesAny(m_include, table, qualified))
        return false;
    return !matchesAny(m_exclude, table, qualified);
}

void TableFilter::apply(model::Model& model, ImportReport& report) const
{
    if (isEmpty())
        return;
    QHash<core::Id, QString> schemaNames;
    for (const model::Schema& schema : std::as_const(model.schemas))
        schemaNames.insert(schema.id, schema.name);
    const auto qualify = [&](const core::Id& schemaId, const QString& name) {
        const QString schema = schemaNames.value(schemaId);
        return schema.isEmpty() ? name : schema + u'.' + name;
    };

    QList<CutRelation> cut; // tables then views, in model order
    QSet<core::Id> kept;
    QHash<core::Id, QString> removed; // table id → "schema.table"
    QSet<QString> removedPaths;
    QSet<core::Id> removedObjects; // ids the readers' notes may carry
    QList<model::Table> tables;
    tables.reserve(model.tables.size());
    for (model::Table& table : model.tables) {
        if (includes(schemaNames.value(table.schemaId), table.name)) {
            kept.insert(table.id);
            tables.append(std::move(table));
            continue;
        }
        const QString name = qualify(table.schemaId, table.name);
        cut.append({table.schemaId, table.name, name, false});
        removed.insert(table.id, name);
        removedPaths.insert(name);
        removedObjects.insert(table.id);
        for (const model::Column& column : std::as_const(table.columns))
            removedObjects.insert(column.id);
    }
    QList<model::View> views;
    views.reserve(model.views.size());
    int cutViews = 0;
    for (model::View& view : model.views) {
        if (includes(schemaNames.value(view.schemaId), view.name)) {
            views.append(std::move(view));
            continue;
        }
        const QString name = qualify(view.schemaId, view.name);
        cut.append({view.schemaId, view.name, name, true});
        removedPaths.insert(name);
        removedObjects.insert(view.id);
        ++cutViews;
    }
    for (model::Table& table : tables) {
        for (qsizetype i = 0; i < table.foreignKeys.size();) {
            const model::ForeignKey& fk = table.foreignKeys.at(i);
            const auto target = removed.constFind(fk.referencedTableId);
            if (kept.contains(fk.referencedTableId) || target == removed.cend()) {
                ++i;
                continue;
            }
            ImportReportItem item;
            item.objectType = QStringLiteral("foreign key");
            item.name = qualify(table.schemaId, table.name) + u'.' + fk.name;
            item.message =
                QStringLiteral("references table %1, not imported (table filter)").arg(*target);
            report.items.append(std::move(item));
            table.foreignKeys.removeAt(i);
        }
    }
    model.tables = std::move(tables);
    model.views = std::move(views);
    if (!cut.isEmpty() && !model.views.isEmpty())
        reportViewsOnCut(model, cut, BodySyntax::forDialect(m_dialect), m_case, report);
    // What the catalog extras name after their table: "schema.table.name" (PostgreSQL
    // triggers, policies, rules) or "schema.table" (row level security, a partitioned table's
    // key). Other items (functions, sequences, MariaDB/SQLite triggers, named on their own)
    // do not say which table they belong to and stay.
    static const QSet<QString> onTable = {QStringLiteral("row level security"),
                                          QStringLiteral("partitioned table")};
    static const QSet<QString> inTable = {QStringLiteral("trigger"), QStringLiteral("policy"),
                                          QStringLiteral("rule")};
    const qsizetype itemsBefore = report.items.size();
    report.items.removeIf([&](const ImportReportItem& item) {
        if (onTable.contains(item.objectType))
            return removedPaths.contains(item.name);
        const QString table = tableOfPath(item.name);
        return inTable.contains(item.objectType) && table != item.name &&
               removedPaths.contains(table);
    });
    report.filteredObjects += int(itemsBefore - report.items.size());
    report.notes.removeIf([&](const model::Diagnostic& note) {
        return (!note.objectId.isNull() && removedObjects.contains(note.objectId)) ||
               removedPaths.contains(tableOfPath(note.path));
    });
    report.tables = int(model.tables.size());
    report.views = int(model.views.size());
    report.filteredTables += int(removed.size());
    report.filteredViews += cutViews;
}

} // namespace schemata::connect
