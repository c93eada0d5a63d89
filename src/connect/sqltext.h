#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace schemata::connect::sqltext {

// Small, conservative helpers for SQL text the catalogs hand back (default
// expressions, stored CREATE statements). They understand quoting and nesting, not
// SQL grammar: callers use them only where the shape of the text is known.

// If `text` is exactly one quoted string literal ('it''s'; with `backslashEscapes`
// also 'it\'s'), its value; otherwise nullopt.
std::optional<QString> stringLiteralValue(QStringView text, bool backslashEscapes = false);

// Index of the ')' matching the '(' at `open`, skipping quoted strings and
// identifiers; -1 if unbalanced.
qsizetype matchingParen(QStringView text, qsizetype open);

// Splits at `separator` outside parentheses, string literals and quoted identifiers;
// parts are trimmed.
QStringList splitTopLevel(QStringView text, QChar separator);

// Index of the first occurrence of the keyword `word` (case-insensitive, on word
// boundaries) outside quotes and parentheses, from `from`; -1 if absent.
qsizetype findTopLevelKeyword(QStringView text, QStringView word, qsizetype from = 0);

// "na""me" / `na``me` / [name] / name → the identifier itself.
QString unquoteIdentifier(QStringView text);

// Reads one identifier (quoted or bare) at `pos` (after whitespace); advances `pos`.
QString takeIdentifier(QStringView text, qsizetype& pos);

// Strips one pair of enclosing parentheses when they wrap the whole text.
QString stripOuterParens(QStringView text);

} // namespace schemata::connect::sqltext
