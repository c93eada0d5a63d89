#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace schemata::dialect {

// The built-in column type names of one dialect, as data, so a type pinned for that
// dialect ("citext", "int unsigned", "integr") can be told apart from a misspelling.
// Built-in means what a fresh server accepts with no extension or CREATE TYPE:
//  * PostgreSQL 17 — SQL names and their aliases (int4, float8, timestamptz, character
//    varying, double precision, "char"), arrays (text[], integer array), ranges and
//    multiranges, geometric, network, bit strings, text search, json/jsonb/jsonpath, uuid,
//    xml, money, interval with fields, serials, the oid/reg* types; pg_catalog.x is x;
//  * MySQL 8 — with unsigned/signed/zerofill, character set/collate clauses, national
//    character types, enum(…)/set(…) with quoted values, spatial types, json;
//  * MariaDB 11 — MySQL's list plus uuid, inet4, inet6 and vector;
//  * SQLite — any name is a legal declared type (affinity rules), so nothing is unknown;
//    so is every name for a dialect this class does not know.
// Pure data and text; no server is asked.
class KnownTypes
{
public:
    // What one type text reads as.
    struct Reading
    {
        bool known = true;
        // The type's name without parameters, array suffix and attributes, lower case and
        // single-spaced unless quoted: "timestamp with time zone", "integr", "public.citext".
        QString name;
        // The name's dot-separated parts without quotes, for matching the project's own
        // types ({"public", "order_status"}); unquoted parts in lower case.
        QStringList parts;
        // The closest built-in name when one is within reach of a typo (see suggest()).
        QString suggestion;
        // Set when the name is built in but the text around it is wrong (MySQL's
        // enum/set without quoted values): what to write instead.
        QString problem;
    };

    // "postgres", "mysql", "mariadb", "sqlite" (canonical dialect names).
    explicit KnownTypes(QStringView dialectName);

    bool acceptsAnyName() const { return m_anyName; }
    // Whether `name` (lower case, single-spaced, no parameters) is built in.
    bool contains(QStringView name) const;
    // The catalogue, most used names first (this order breaks ties between suggestions).
    const QStringList& names() const { return m_names; }

    Reading read(QStringView typeText) const;

    // The built-in name nearest to `name` by edit distance (a swap of two neighbouring
    // letters counts as one edit): at most 2 edits, 1 for names shorter than five letters
    // (so "txt" finds "text" but "foo" does not become "box"); empty when none.
    QString suggest(QStringView name) const;

private:
    QStringList m_names;
    QSet<QString> m_lookup; // m_names, for contains() on every pinned column
    bool m_anyName = false;
    bool m_postgres = false;
    bool m_mysqlFamily = false;
};

} // namespace schemata::dialect
