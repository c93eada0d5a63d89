#include "model/foreignkey.h"

namespace schemata::model {

namespace {

struct ActionName
{
    ReferentialAction action;
    const char* name;
};

constexpr ActionName kActionNames[] = {
    {ReferentialAction::NoAction, "no action"}, {ReferentialAction::Restrict, "restrict"},
    {ReferentialAction::Cascade, "cascade"},    {ReferentialAction::SetNull, "set null"},
    {ReferentialAction::SetDefault, "set default"},
};

} // namespace

QString referentialActionName(ReferentialAction action)
{
    for (const auto& entry : kActionNames) {
        if (entry.action == action)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("no action");
}

std::optional<ReferentialAction> referentialActionFromName(QStringView name)
{
    for (const auto& entry : kActionNames) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0)
            return entry.action;
    }
    return std::nullopt;
}

} // namespace schemata::model
