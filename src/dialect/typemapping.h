#pragma once

#include "model/logicaltype.h"

#include <QString>
#include <optional>

namespace schemata::dialect {

// The SQL for one logical type on one dialect, and what was lost on the way.
struct TypeMapping
{
    QString sql;
    QString warningCode;    // empty when the type is native; else e.g. "type-emulated"
    QString warningMessage; // what was emulated and how to avoid it
    bool enumCheck = false; // emulated enum: the column needs CHECK (col IN (…))

    static TypeMapping native(QString sql) { return {std::move(sql), {}, {}, false}; }
    static TypeMapping emulated(QString sql, QString code, QString message)
    {
        return {std::move(sql), std::move(code), std::move(message), false};
    }
};

// The user's raw SQL type for `dialectName`, falling back to `fallbackName` (MariaDB
// honours a "mysql" override); nullopt when none applies.
std::optional<QString> typeOverride(const model::LogicalType& type, const QString& dialectName,
                                    const QString& fallbackName = {});

} // namespace schemata::dialect
