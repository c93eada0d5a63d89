#include "document/formatupgrade.h"

#include "document/document.h"

namespace schemata::document {

QList<UpgradeStep> FormatUpgrade::steps()
{
    // Append {N, &upgradeV<N>} when format N+1 is introduced.
    return {};
}

core::Status FormatUpgrade::upgrade(QJsonObject& root, int fromVersion, int toVersion,
                                    const QList<UpgradeStep>& steps)
{
    for (int version = fromVersion; version < toVersion; ++version) {
        const UpgradeStep* step = nullptr;
        for (const UpgradeStep& candidate : steps) {
            if (candidate.fromVersion == version && candidate.apply)
                step = &candidate;
        }
        if (!step) {
            return core::Error{{},
                               QStringLiteral("cannot upgrade format %1 to %2: no upgrade step")
                                   .arg(version)
                                   .arg(version + 1)};
        }
        const core::Status status = step->apply(root);
        if (!status) {
            return core::Error{{},
                               QStringLiteral("cannot upgrade format %1 to %2: %3")
                                   .arg(version)
                                   .arg(version + 1)
                                   .arg(status.error().toString())};
        }
        root.insert(QLatin1String("version"), version + 1);
    }
    return {};
}

} // namespace schemata::document
