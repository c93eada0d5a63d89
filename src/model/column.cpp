#include "model/column.h"

namespace schemata::model {

namespace {

struct PiiName
{
    PiiCategory category;
    const char* name;
};

constexpr PiiName kPiiNames[] = {
    {PiiCategory::None, "none"},           {PiiCategory::Name, "name"},
    {PiiCategory::Email, "email"},         {PiiCategory::Phone, "phone"},
    {PiiCategory::Address, "address"},     {PiiCategory::DateOfBirth, "date-of-birth"},
    {PiiCategory::GovernmentId, "government-id"}, {PiiCategory::Financial, "financial"},
    {PiiCategory::Health, "health"},       {PiiCategory::Credentials, "credentials"},
    {PiiCategory::Network, "network"},     {PiiCategory::Location, "location"},
    {PiiCategory::Other, "other"},
};

} // namespace

QString piiCategoryName(PiiCategory category)
{
    for (const auto& entry : kPiiNames) {
        if (entry.category == category)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("none");
}

std::optional<PiiCategory> piiCategoryFromName(QStringView name)
{
    for (const auto& entry : kPiiNames) {
        if (name == QLatin1String(entry.name))
            return entry.category;
    }
    return std::nullopt;
}

} // namespace schemata::model
