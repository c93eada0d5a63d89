#pragma once

#include "core/id.h"
#include "model/logicaltype.h"

#include <QString>

namespace schemata::model {

// A column default. Literals are stored as plain values and quoted by the dialect
// (so "it's" is safe everywhere); expressions are SQL passed through verbatim.
struct ColumnDefault
{
    enum class Kind { None, Literal, Expression, CurrentTimestamp };
    Kind kind = Kind::None;
    QString value; // Literal: the value; Expression: SQL text

    friend bool operator==(const ColumnDefault&, const ColumnDefault&) = default;
};

enum class Identity { None, Always, ByDefault };

// Privacy annotations drive masking in seed data and the data dictionary.
enum class PiiCategory { None, Name, Email, Phone, Address, DateOfBirth, GovernmentId, Financial, Health, Credentials, Network, Location, Other };

struct Column
{
    core::Id id;
    QString name;
    LogicalType type;
    bool nullable = true;
    ColumnDefault defaultValue;
    Identity identity = Identity::None;
    QString generatedExpression; // non-empty → generated column
    bool generatedStored = true;
    QString collation;
    QString comment;
    PiiCategory pii = PiiCategory::None;
    QString retention; // ISO 8601 duration, e.g. "P90D"; empty = keep

    friend bool operator==(const Column&, const Column&) = default;
};

QString piiCategoryName(PiiCategory category);
std::optional<PiiCategory> piiCategoryFromName(QStringView name);

} // namespace schemata::model
