// SQLite identifiers that must be quoted, generated on 2026-11-22 against SQLite 3.46.1 (an
// in-memory database) by tools/keywords/generate.sh: each keyword the engine knows is tried in
// lower case, bare and quoted, as a table, column, constraint (primary key, unique, check, foreign
// key), index and view name, and as a column reference in a key list, CHECK (w > 0), FOREIGN KEY
// (w) REFERENCES w (w) and SELECT w FROM w. A word is listed when its bare probe differs from the
// quoted one: refused, or read as something else. 64 of the 147 words of sqlite3_keyword_name() are
// listed; SQLite's fallback rule accepts the others bare.
// One word per entry, upper case, sorted (binary-searched by containsKeyword()).
// Regenerate with tools/keywords/generate.sh; do not edit by hand.

#include "dialect/sqlite/sqlitekeywords.h"

namespace schemata::dialect::sqlite {

namespace {

constexpr std::string_view kKeywords[] = {
    "ADD",
    "ALL",
    "ALTER",
    "AND",
    "AS",
    "AUTOINCREMENT",
    "BETWEEN",
    "CASE",
    "CAST",
    "CHECK",
    "COLLATE",
    "COMMIT",
    "CONSTRAINT",
    "CREATE",
    "CURRENT_DATE",
    "CURRENT_TIME",
    "CURRENT_TIMESTAMP",
    "DEFAULT",
    "DEFERRABLE",
    "DELETE",
    "DISTINCT",
    "DROP",
    "ELSE",
    "ESCAPE",
    "EXCEPT",
    "EXISTS",
    "FOREIGN",
    "FROM",
    "GROUP",
    "HAVING",
    "IF",
    "IN",
    "INDEX",
    "INSERT",
    "INTERSECT",
    "INTO",
    "IS",
    "ISNULL",
    "JOIN",
    "LIMIT",
    "NOT",
    "NOTHING",
    "NOTNULL",
    "NULL",
    "ON",
    "OR",
    "ORDER",
    "PRIMARY",
    "RAISE",
    "REFERENCES",
    "RETURNING",
    "SELECT",
    "SET",
    "TABLE",
    "THEN",
    "TO",
    "TRANSACTION",
    "UNION",
    "UNIQUE",
    "UPDATE",
    "USING",
    "VALUES",
    "WHEN",
    "WHERE",
};

} // namespace

std::span<const std::string_view> sqliteKeywords()
{
    return kKeywords;
}

} // namespace schemata::dialect::sqlite
