#pragma once

#include "model/column.h"
#include "model/index.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace schemata::document {

// The enumeration words of the file format (docs/file-format.md), shared by the reader
// and the writer so that both always agree. Matching is exact: the format has one
// spelling per value.
struct FormatVocabulary
{
    static QLatin1StringView identityName(model::Identity identity);
    static std::optional<model::Identity> identityFromName(QStringView name);

    static QLatin1StringView defaultKindName(model::ColumnDefault::Kind kind);
    static std::optional<model::ColumnDefault::Kind> defaultKindFromName(QStringView name);

    static QLatin1StringView sortName(model::IndexKey::Sort sort);
    static std::optional<model::IndexKey::Sort> sortFromName(QStringView name);

    static QLatin1StringView nullsName(model::IndexKey::Nulls nulls);
    static std::optional<model::IndexKey::Nulls> nullsFromName(QStringView name);

    // Dialect names valid for "dialect" and as "overrides" keys.
    static bool isDialectName(QStringView name);

    // "a, b, c": the accepted words, for error messages.
    static QString identityNames();
    static QString defaultKindNames();
    static QString sortNames();
    static QString nullsNames();
    static QString dialectNames();
    static QString referentialActionNames();
    static QString piiNames();
};

} // namespace schemata::document
