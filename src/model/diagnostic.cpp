#include "model/diagnostic.h"

#include <algorithm>

namespace schemata::model {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QString Diagnostic::toString() const
{
    return QStringLiteral("%1[%2] %3: %4").arg(severityName(severity), code, path, message);
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace schemata::model
