#include "connect/sqlitecreateparser.h"

#include "connect/sqltext.h"

namespace schemata::connect {

namespace {

struct Token
{
    enum Kind
    {
        Word,
        Name,
        String,
        Group,
        Other
    };
    Kind kind = Other;
    QString text; // Word: as written; Name: unquoted; Group: inner text without parens

    bool is(const char* keyword) const
    {
        return kind == Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
    bool isName() const { return kind == Word || kind == Name || kind == String; }
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < text.size() && text.at(i + 1) == u'-') {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/", i + 2);
            i = end < 0 ? text.size() : end + 2;
        } else if (c == u'(') {
            const qsizetype close = sqltext::matchingParen(text, i);
            const qsizetype end = close < 0 ? text.size() - 1 : close;
            tokens.append({Token::Group, text.mid(i + 1, end - i - 1).trimmed().toString()});
            i = end + 1;
        } else if (c == u'"' || c == u'`' || c == u'[' || c == u'\'') {
            qsizetype pos = i;
            const QString name = sqltext::takeIdentifier(text, pos);
            tokens.append({c == u'\'' ? Token::String : Token::Name, name});
            i = qMax(pos, i + 1);
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < text.size() && isWordChar(text.at(i)))
                ++i;
            tokens.append({Token::Word, text.mid(start, i - start).toString()});
        } else {
            tokens.append({Token::Other, QString(c)});
            ++i;
        }
    }
    return tokens;
}

QStringList nameList(const QString& groupText)
{
    QStringList names;
    for (const QString& part : sqltext::splitTopLevel(groupText, u',')) {
        qsizetype pos = 0;
        names.append(sqltext::takeIdentifier(part, pos));
    }
    return names;
}

bool startsTableConstraint(const Token& t)
{
    return t.is("CONSTRAINT") || t.is("PRIMARY") || t.is("UNIQUE") || t.is("CHECK") ||
           t.is("FOREIGN");
}

// Reads the constraint clauses of one column or table-constraint definition.
void readClauses(const QList<Token>& tokens, qsizetype start, const QString& column,
                 SqliteCreateTable& out, SqliteCreateTable::ColumnExtra* extra)
{
    QString pendingName;
    SqliteCreateTable::ForeignKey* currentFk = nullptr;
    for (qsizetype i = start; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        const Token* next = i + 1 < tokens.size() ? &tokens.at(i + 1) : nullptr;
        if (t.is("CONSTRAINT") && next && next->isName()) {
            pendingName = next->text;
            ++i;
            currentFk = nullptr;
        } else if (t.is("PRIMARY")) {
            out.primaryKey.name = pendingName;
            if (i + 2 < tokens.size() && tokens.at(i + 2).kind == Token::Group)
                out.primaryKey.columns = nameList(tokens.at(i + 2).text);
            else if (!column.isEmpty())
                out.primaryKey.columns = {column};
            pendingName.clear();
        } else if (t.is("UNIQUE")) {
            QStringList cols =
                next && next->kind == Token::Group ? nameList(next->text) : QStringList{column};
            out.uniques.append({pendingName, cols});
            pendingName.clear();
        } else if (t.is("CHECK") && next && next->kind == Token::Group) {
            out.checks.append({pendingName, next->text, column});
            pendingName.clear();
            ++i;
        } else if (t.is("FOREIGN") && i + 2 < tokens.size() &&
                   tokens.at(i + 2).kind == Token::Group) {
            out.foreignKeys.append(
                {pendingName, nameList(tokens.at(i + 2).text), {}, {}, false, false});
            currentFk = &out.foreignKeys.last();
            pendingName.clear();
            i += 2;
        } else if (t.is("REFERENCES") && next && next->isName()) {
            if (!currentFk) {
                out.foreignKeys.append({pendingName, {column}, {}, {}, false, false});
                currentFk = &out.foreignKeys.last();
                pendingName.clear();
            }
            currentFk->referencedTable = next->text;
            ++i;
            if (i + 1 < tokens.size() && tokens.at(i + 1).kind == Token::Group) {
                currentFk->referencedColumns = nameList(tokens.at(i + 1).text);
                ++i;
            }
        } else if (t.is("DEFERRABLE") && currentFk) {
            const bool negated = i > start && tokens.at(i - 1).is("NOT");
            currentFk->deferrable = !negated;
            if (!negated && i + 2 < tokens.size() && tokens.at(i + 1).is("INITIALLY"))
                currentFk->initiallyDeferred = tokens.at(i + 2).is("DEFERRED");
        } else if (extra && t.is("COLLATE") && next && next->isName()) {
            extra->collation = next->text;
            ++i;
        } else if (extra && t.is("AS") && next && next->kind == Token::Group) {
            extra->generatedExpression = next->text;
            extra->generatedStored = i + 2 < tokens.size() && tokens.at(i + 2).is("STORED");
            ++i;
        } else if (extra && t.is("AUTOINCREMENT")) {
            extra->autoincrement = true;
        }
    }
}

// The stored text keeps comments verbatim; an apostrophe in "-- it's" would otherwise
// open a string literal for the splitters. Replaced by a space, outside quotes only.
QString withoutComments(QStringView sql)
{
    QString out;
    out.reserve(sql.size());
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype end = i + 1;
            while (end < sql.size()) {
                if (sql.at(end) == close) {
                    if (close != u']' && end + 1 < sql.size() && sql.at(end + 1) == close) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            end = qMin(end + 1, sql.size());
            out += sql.mid(i, end - i);
            i = end;
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            while (i < sql.size() && sql.at(i) != u'\n')
                ++i;
            out += u' ';
        } else if (c == u'/' && i + 1 < sql.size() && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/", i + 2);
            i = end < 0 ? sql.size() : end + 2;
            out += u' ';
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace

SqliteCreateTable parseSqliteCreateTable(QStringView sqlText)
{
    SqliteCreateTable out;
    const QString sql = withoutComments(sqlText);
    const QList<Token> tokens = tokenize(sql);
    qsizetype body = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).kind == Token::Group) {
            body = i;
            break;
        }
    }
    if (tokens.size() < 3 || !tokens.first().is("CREATE") || body < 0)
        return out;
    for (const QString& definition : sqltext::splitTopLevel(tokens.at(body).text, u',')) {
        const QList<Token> defTokens = tokenize(definition);
        if (defTokens.isEmpty())
            continue;
        if (startsTableConstraint(defTokens.first())) {
            readClauses(defTokens, 0, QString(), out, nullptr);
            continue;
        }
        SqliteCreateTable::ColumnExtra extra;
        extra.name = defTokens.first().text;
        readClauses(defTokens, 1, extra.name, out, &extra);
        out.columns.append(extra);
    }
    out.ok = true;
    return out;
}

SqliteCreateIndex parseSqliteCreateIndex(QStringView sqlText)
{
    SqliteCreateIndex out;
    const QString sql = withoutComments(sqlText);
    const qsizetype on = sqltext::findTopLevelKeyword(sql, u"ON");
    const qsizetype open = on < 0 ? -1 : sql.indexOf(u'(', on);
    const qsizetype close = open < 0 ? -1 : sqltext::matchingParen(sql, open);
    if (close < 0)
        return out;
    for (QString key : sqltext::splitTopLevel(sql.mid(open + 1, close - open - 1), u',')) {
        // Trailing ASC/DESC/NULLS …/COLLATE x belong to the key, not to its expression.
        for (const QStringView word : {u"NULLS", u"DESC", u"ASC", u"COLLATE"}) {
            const qsizetype at = sqltext::findTopLevelKeyword(key, word);
            if (at > 0)
                key.truncate(at);
        }
        out.keys.append(sqltext::stripOuterParens(key.trimmed()));
    }
    const qsizetype where = sqltext::findTopLevelKeyword(sql, u"WHERE", close + 1);
    if (where >= 0)
        out.where = sql.mid(where + 5).trimmed();
    return out;
}

QString sqliteViewSelect(QStringView sql)
{
    const qsizetype as = sqltext::findTopLevelKeyword(sql, u"AS");
    if (as < 0)
        return {};
    // Skip leading "-- comment" lines the generator may have put before the SELECT.
    QStringView select = sql.mid(as + 2).trimmed();
    while (select.startsWith(u"--")) {
        const qsizetype nl = select.indexOf(u'\n');
        select = nl < 0 ? QStringView() : select.mid(nl + 1).trimmed();
    }
    return select.toString();
}

} // namespace schemata::connect
