#include "dialect/knowntypes.h"

#include <QList>
#include <algorithm>

namespace schemata::dialect {

namespace {

// PostgreSQL 17: the names CREATE TABLE takes without an extension, most used first.
// Interval fields and "with/without time zone" are spelled out: they are part of the
// type's name in the grammar, not parameters.
const char* const kPostgres[] = {
    "integer",
    "bigint",
    "smallint",
    "text",
    "varchar",
    "character varying",
    "boolean",
    "numeric",
    "decimal",
    "timestamp",
    "timestamptz",
    "date",
    "time",
    "uuid",
    "jsonb",
    "json",
    "bytea",
    "real",
    "double precision",
    "char",
    "character",
    "interval",
    "serial",
    "bigserial",
    "smallserial",
    "int",
    "int2",
    "int4",
    "int8",
    "float",
    "float4",
    "float8",
    "bool",
    "dec",
    "serial2",
    "serial4",
    "serial8",
    "bpchar",
    "name",
    "char varying",
    "national character",
    "national character varying",
    "national char",
    "national char varying",
    "nchar",
    "nchar varying",
    "timestamp with time zone",
    "timestamp without time zone",
    "time with time zone",
    "time without time zone",
    "timetz",
    "interval year",
    "interval month",
    "interval day",
    "interval hour",
    "interval minute",
    "interval second",
    "interval year to month",
    "interval day to hour",
    "interval day to minute",
    "interval day to second",
    "interval hour to minute",
    "interval hour to second",
    "interval minute to second",
    "money",
    "xml",
    "jsonpath",
    "bit",
    "bit varying",
    "varbit",
    "inet",
    "cidr",
    "macaddr",
    "macaddr8",
    "point",
    "line",
    "lseg",
    "box",
    "path",
    "polygon",
    "circle",
    "tsvector",
    "tsquery",
    "regconfig",
    "regdictionary",
    "int4range",
    "int8range",
    "numrange",
    "tsrange",
    "tstzrange",
    "daterange",
    "int4multirange",
    "int8multirange",
    "nummultirange",
    "tsmultirange",
    "tstzmultirange",
    "datemultirange",
    "oid",
    "regclass",
    "regtype",
    "regproc",
    "regprocedure",
    "regoper",
    "regoperator",
    "regrole",
    "regnamespace",
    "regcollation",
    "xid",
    "xid8",
    "cid",
    "tid",
    "pg_lsn",
    "pg_snapshot",
    "txid_snapshot",
    "refcursor",
    "aclitem",
    "int2vector",
    "oidvector",
};

// Names that are grammar keywords, not pg_type entries: quoted ("integer") they are no type.
const char* const kPostgresKeywordOnly[] = {
    "integer",     "int",     "smallint", "bigint",  "real",   "boolean",
    "character",   "decimal", "dec",      "float",   "serial", "bigserial",
    "smallserial", "serial2", "serial4",  "serial8", "nchar",
};

// Types of common PostgreSQL extensions (contrib, PostGIS, pgvector): not built in, but
// not typos either, so no "did you mean" for them ("citext" is two edits from "text").
const char* const kPostgresExtensionTypes[] = {
    "citext",    "hstore", "ltree",  "lquery", "ltxtquery", "cube",    "seg",       "isbn",
    "isbn13",    "issn",   "issn13", "ismn",   "ismn13",    "ean13",   "upc",       "geometry",
    "geography", "box2d",  "box3d",  "raster", "vector",    "halfvec", "sparsevec",
};

// MySQL 8 (and, through kMariaDb, MariaDB 11), most used first.
const char* const kMysql[] = {
    "int",
    "bigint",
    "varchar",
    "text",
    "datetime",
    "timestamp",
    "tinyint",
    "decimal",
    "smallint",
    "mediumint",
    "integer",
    "char",
    "date",
    "time",
    "year",
    "double",
    "float",
    "json",
    "enum",
    "set",
    "boolean",
    "bool",
    "blob",
    "binary",
    "varbinary",
    "bit",
    "numeric",
    "real",
    "double precision",
    "dec",
    "fixed",
    "serial",
    "int1",
    "int2",
    "int3",
    "int4",
    "int8",
    "middleint",
    "float4",
    "float8",
    "tinytext",
    "mediumtext",
    "longtext",
    "long",
    "long varchar",
    "character",
    "character varying",
    "char varying",
    "national char",
    "national character",
    "national varchar",
    "national character varying",
    "national char varying",
    "nchar",
    "nvarchar",
    "nchar varchar",
    "nchar varying",
    "char byte",
    "long varbinary",
    "tinyblob",
    "mediumblob",
    "longblob",
    "geometry",
    "point",
    "linestring",
    "polygon",
    "multipoint",
    "multilinestring",
    "multipolygon",
    "geometrycollection",
};
const char* const kMysqlOnly[] = {"geomcollection"};
const char* const kMariaDbOnly[] = {"uuid", "inet4", "inet6", "vector"};

struct Token
{
    enum class Kind
    {
        Word,
        Quoted,
        Parens,
        Brackets,
        Dot,
        Other
    };
    Kind kind;
    QString text; // Word: lower case; Quoted: the name inside; Parens/Brackets: the inside
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Index just past the quote closing the one at `i`, doubled quotes escaping; -1 if open.
qsizetype skipQuoted(QStringView t, qsizetype i)
{
    const QChar q = t[i];
    for (qsizetype j = i + 1; j < t.size(); ++j) {
        if (t[j] != q)
            continue;
        if (j + 1 < t.size() && t[j + 1] == q) {
            ++j;
            continue;
        }
        return j + 1;
    }
    return -1;
}

QList<Token> tokenize(QStringView t, bool backquotes)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < t.size()) {
        const QChar c = t[i];
        if (c.isSpace()) {
            ++i;
        } else if (c.isLetter() || c == u'_') {
            qsizetype j = i;
            while (j < t.size() && isWordChar(t[j]))
                ++j;
            out.append({Token::Kind::Word, t.mid(i, j - i).toString().toLower()});
            i = j;
        } else if (c == u'"' || (backquotes && c == u'`')) {
            const qsizetype end = skipQuoted(t, i);
            if (end < 0)
                return {{Token::Kind::Other, {}}};
            QString inner = t.mid(i + 1, end - i - 2).toString();
            inner.replace(QString(2, c), QString(c));
            out.append({Token::Kind::Quoted, inner});
            i = end;
        } else if (c == u'(' || c == u'[') {
            const QChar close = c == u'(' ? u')' : u']';
            int depth = 0;
            qsizetype j = i;
            for (; j < t.size(); ++j) {
                if (t[j] == u'\'' || t[j] == u'"') {
                    const qsizetype end = skipQuoted(t, j);
                    if (end < 0)
                        return {{Token::Kind::Other, {}}};
                    j = end - 1;
                } else if (t[j] == c) {
                    ++depth;
                } else if (t[j] == close && --depth == 0) {
                    break;
                }
            }
            if (j >= t.size())
                return {{Token::Kind::Other, {}}};
            out.append({c == u'(' ? Token::Kind::Parens : Token::Kind::Brackets,
                        t.mid(i + 1, j - i - 1).toString()});
            i = j + 1;
        } else if (c == u'.') {
            out.append({Token::Kind::Dot, {}});
            ++i;
        } else {
            out.append({Token::Kind::Other, QString(c)});
            ++i;
        }
    }
    return out;
}

// MySQL's enum('a','b') / set('x'): one or more quoted strings separated by commas.
bool isLiteralList(QStringView inside)
{
    qsizetype i = 0;
    bool expectValue = true;
    int values = 0;
    while (i < inside.size()) {
        const QChar c = inside[i];
        if (c.isSpace()) {
            ++i;
        } else if (expectValue && (c == u'\'' || c == u'"')) {
            const qsizetype end = skipQuoted(inside, i);
            if (end < 0)
                return false;
            i = end;
            ++values;
            expectValue = false;
        } else if (!expectValue && c == u',') {
            ++i;
            expectValue = true;
        } else {
            return false;
        }
    }
    return values > 0 && !expectValue;
}

// Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up early
// once every path is over `limit`.
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype n = b.size();
    QList<int> prev2(n + 1), prev(n + 1), cur(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[n];
}

struct Word
{
    QString text;        // as it reads in the name: lower case, or "quoted"
    QStringList parts;   // dot-separated parts without quotes
    bool quoted = false; // some part was quoted
    QString params;      // the parenthesized group right after it
    bool hasParams = false;
};

} // namespace

KnownTypes::KnownTypes(QStringView dialectName)
{
    const auto add = [this](const auto& list) {
        for (const char* name : list)
            m_names.append(QString::fromLatin1(name));
    };
    if (dialectName == u"postgres") {
        m_postgres = true;
        add(kPostgres);
    } else if (dialectName == u"mysql") {
        m_mysqlFamily = true;
        add(kMysql);
        add(kMysqlOnly);
    } else if (dialectName == u"mariadb") {
        m_mysqlFamily = true;
        add(kMysql);
        add(kMariaDbOnly);
    } else {
        m_anyName = true; // SQLite, or a dialect we have no list for: nothing to flag
    }
    m_lookup = QSet<QString>(m_names.cbegin(), m_names.cend());
}

bool KnownTypes::contains(QStringView name) const
{
    return m_anyName || m_lookup.contains(name.toString());
}

QString KnownTypes::suggest(QStringView name) const
{
    if (m_anyName || name.size() < 3)
        return {};
    if (m_postgres &&
        std::any_of(std::begin(kPostgresExtensionTypes), std::end(kPostgresExtensionTypes),
                    [&](const char* e) { return name == QLatin1String(e); }))
        return {};
    const int limit = name.size() < 5 ? 1 : 2;
    QString best;
    int bestDistance = limit + 1;
    for (const QString& candidate : m_names) {
        const int d = editDistance(name, candidate, limit);
        if (d < bestDistance && d > 0) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

KnownTypes::Reading KnownTypes::read(QStringView typeText) const
{
    Reading r;
    const QString simplified = typeText.toString().simplified();
    r.name = simplified.toLower();
    if (m_anyName)
        return r;
    r.known = false;

    const QList<Token> tokens = tokenize(simplified, m_mysqlFamily);
    QList<Word> words;
    bool afterDot = false;
    for (const Token& t : tokens) {
        switch (t.kind) {
        case Token::Kind::Word:
        case Token::Kind::Quoted: {
            const bool quoted = t.kind == Token::Kind::Quoted;
            const QString shown = quoted ? QLatin1Char('"') + t.text + QLatin1Char('"') : t.text;
            if (afterDot) {
                words.last().text += QLatin1Char('.') + shown;
                words.last().parts.append(t.text);
                words.last().quoted = words.last().quoted || quoted;
            } else {
                words.append({shown, {t.text}, quoted, {}, false});
            }
            afterDot = false;
            break;
        }
        case Token::Kind::Dot:
            if (words.isEmpty() || afterDot || words.last().hasParams)
                return r;
            afterDot = true;
            break;
        case Token::Kind::Parens:
            if (words.isEmpty() || afterDot || words.last().hasParams)
                return r;
            words.last().params = t.text;
            words.last().hasParams = true;
            break;
        case Token::Kind::Brackets:
            if (!m_postgres || words.isEmpty() || afterDot)
                return r;
            break; // an array of a built-in type is built in
        case Token::Kind::Other:
            return r;
        }
    }
    if (words.isEmpty() || afterDot)
        return r;

    if (m_postgres && words.size() > 1 && words.last().text == u"array") {
        words.removeLast();
    }
    if (m_mysqlFamily) {
        // Attributes after the name: UNSIGNED/SIGNED/ZEROFILL, CHARACTER SET x, CHARSET x,
        // COLLATE x, and BINARY/ASCII/UNICODE after a character type.
        QList<Word> kept;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& w = words[i].text;
            if (i > 0 && (w == u"unsigned" || w == u"signed" || w == u"zerofill"))
                continue;
            if (i > 0 && w == u"character" && i + 2 < words.size() && words[i + 1].text == u"set") {
                i += 2;
                continue;
            }
            if (i > 0 && (w == u"charset" || w == u"collate") && i + 1 < words.size()) {
                ++i;
                continue;
            }
            kept.append(words[i]);
        }
        words = kept;
        while (words.size() > 1) {
            const QString& last = words.last().text;
            if (last != u"binary" && last != u"ascii" && last != u"unicode")
                break;
            QStringList rest;
            for (qsizetype i = 0; i + 1 < words.size(); ++i)
                rest << words[i].text;
            if (!contains(rest.join(QLatin1Char(' '))))
                break;
            words.removeLast();
        }
    }

    QStringList nameWords;
    bool plain = true; // no word is quoted or qualified
    for (const Word& w : std::as_const(words)) {
        nameWords << w.text;
        plain = plain && !w.quoted && w.parts.size() == 1;
    }
    r.name = nameWords.join(QLatin1Char(' '));
    if (words.size() == 1)
        r.parts = words.first().parts;

    if (plain) {
        r.known = contains(r.name);
    } else if (m_postgres && words.size() == 1) {
        const Word& w = words.first();
        QString last = w.parts.last();
        const bool catalog =
            w.parts.size() == 1 || (w.parts.size() == 2 && w.parts.first() == u"pg_catalog");
        const bool lastQuoted = w.text.endsWith(QLatin1Char('"'));
        if (catalog && !lastQuoted) {
            r.known = contains(last);
        } else if (catalog) {
            // Quoted, the name is looked up in pg_type as written: "int4" and "char" are
            // types there, "integer" (a grammar keyword) is not.
            const auto keywordOnly =
                std::find_if(std::begin(kPostgresKeywordOnly), std::end(kPostgresKeywordOnly),
                             [&](const char* k) { return last == QLatin1String(k); });
            r.known = last == u"char" || (!last.contains(u' ') && contains(last) &&
                                          keywordOnly == std::end(kPostgresKeywordOnly));
        }
    }

    if (r.known && m_mysqlFamily && words.size() == 1 && (r.name == u"enum" || r.name == u"set")) {
        const Word& w = words.first();
        if (!w.hasParams || !isLiteralList(w.params)) {
            r.known = false;
            r.problem = QStringLiteral("%1 needs its values as quoted literals, e.g. "
                                       "%1('a','b')")
                            .arg(r.name);
        }
    }
    if (!r.known && plain && r.problem.isEmpty())
        r.suggestion = suggest(r.name);
    return r;
}

} // namespace schemata::dialect
