#pragma once

#include "document/diagramlayout.h"
#include "document/migrationhistory.h"
#include "model/model.h"

#include <QString>

namespace schemata::document {

// The *.schemata project: target dialect, model, diagram layout and migration history.
// Later sections (scripts, seed profiles, plans) join as further members.
struct Document
{
    static constexpr int kFormatVersion = 1;

    QString name;               // project display name
    QString dialect = QStringLiteral("sqlite"); // target dialect name (dialect::createDialect)
    model::Model model;
    DiagramLayout layout;
    MigrationHistory history;

    friend bool operator==(const Document&, const Document&) = default;
};

} // namespace schemata::document
