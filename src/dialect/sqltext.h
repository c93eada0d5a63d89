#pragma once

#include <QSet>
#include <QString>
#include <QStringView>
#include <span>
#include <string_view>

namespace schemata::dialect {

// Text helpers shared by the dialects: the parts of quoting and naming that do not
// depend on the engine (the engine-specific choices are passed in).

// [a-z_][a-z0-9_]*: the only spelling that every dialect reads back unchanged without quotes.
bool isPlainIdentifier(QStringView identifier);

// Binary search in a sorted, upper-case keyword list; `word` is matched case-insensitively.
bool containsKeyword(std::span<const std::string_view> sortedUpperKeywords, QStringView word);

// Wraps `text` in `quote`, doubling every `quote` inside.
QString quoteDelimited(QStringView text, QChar quote);

// How a dialect writes a NUL character inside a string literal; a raw NUL would cut
// the statement short in C clients, so it never passes through.
enum class NulStyle
{
    Backslash,        // MySQL: \0 inside the literal
    ConcatChrFunction // '…' || chr(0) || '…' (PostgreSQL) / char(0) (SQLite)
};

// '…' with '' doubling; `escapeBackslash` also doubles backslashes (MySQL/MariaDB,
// where NO_BACKSLASH_ESCAPES is off by default). `nulFunction` is "chr" or "char".
QString quoteStringLiteral(QStringView text, bool escapeBackslash, QLatin1StringView nulFunction);

// True when `text` is a SQL numeric literal that all dialects accept unquoted:
// optional sign, digits with optional fraction, optional exponent.
bool isNumericLiteral(QStringView text);

// A literal, a (qualified) name or keyword, or one function call with flat arguments:
// "42", "'x'", "CURRENT_DATE", "now()", "pg_catalog.gen_random_uuid()".
bool isSimpleSqlTerm(QStringView sql);

// True when the whole of `sql` is one parenthesized group, "(a) + (b)" is not.
bool isFullyParenthesized(QStringView sql);

// The identifiers an SQL expression mentions (bare, "quoted" or `quoted`), case-folded;
// string literals are skipped. Keywords and function names are included: callers
// intersect the result with column names.
QSet<QString> referencedIdentifiers(QStringView sql);

// `sql` with every bare word equal to `word` (case-insensitive, not qualified by a
// preceding '.') replaced by `replacement`. String literals ('…', E'…'), quoted identifiers
// ("…", `…`), dollar-quoted strings ($tag$…$tag$) and comments are copied unchanged: a
// domain check "VALUE <> 'VALUE'" becomes "\"col\" <> 'VALUE'".
QString replaceBareWord(QStringView sql, QStringView word, QStringView replacement);

// Comment text on one line: CR/LF and other line breaks become spaces, trimmed.
QString flattenComment(QStringView text);

// Cuts `name` so that it fits `maxBytes` UTF-8 bytes / `maxChars` code points (0 = no limit),
// replacing the cut-off part by "_" + 8 hex digits of a hash of the whole name, so that two
// long names that share a prefix stay distinct and the result is the same on every run.
// A `keepSuffix` ("_fkey") that `name` ends with stays at the end: "<prefix>_<hash>_fkey".
QString fitIdentifier(const QString& name, int maxBytes, int maxChars, QStringView keepSuffix = {});

// Whether `name` exceeds the limits above.
bool exceedsIdentifierLimit(const QString& name, int maxBytes, int maxChars);

} // namespace schemata::dialect
