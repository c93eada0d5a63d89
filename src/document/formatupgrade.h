#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>

namespace schemata::document {

// One link of the upgrade chain: rewrites the JSON of format `fromVersion` into format
// `fromVersion + 1`, in place, before the reader parses it. A step named upgradeV<N>
// turns version N into N+1.
struct UpgradeStep
{
    int fromVersion = 0;
    core::Status (*apply)(QJsonObject& root) = nullptr;
};

// Keeps every older file readable: the reader applies the steps from the file's
// version up to Document::kFormatVersion. Version 1 is the first format, so the
// chain is empty today; a format change adds a step here together with its test.
class FormatUpgrade
{
public:
    // The steps this build knows, ordered by fromVersion.
    static QList<UpgradeStep> steps();

    // Applies `steps` to bring `root` from `fromVersion` to `toVersion`, updating its
    // "version" after each step. Fails, naming the version, when a step is missing or
    // a step reports an error; `root` is then left in an unspecified state.
    static core::Status upgrade(QJsonObject& root, int fromVersion, int toVersion,
                                const QList<UpgradeStep>& steps);
};

} // namespace schemata::document
