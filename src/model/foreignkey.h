#pragma once

#include "core/id.h"

#include <QList>
#include <QString>

namespace schemata::model {

enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };

struct ForeignKey
{
    core::Id id;
    QString name;
    QList<core::Id> columnIds;      // in this table
    core::Id referencedTableId;
    QList<core::Id> referencedColumnIds; // same length and order as columnIds
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
    bool deferrable = false;
    bool initiallyDeferred = false;

    friend bool operator==(const ForeignKey&, const ForeignKey&) = default;
};

QString referentialActionName(ReferentialAction action); // "no action", "cascade", …
std::optional<ReferentialAction> referentialActionFromName(QStringView name);

} // namespace schemata::model
