#pragma once

#include "core/id.h"

#include <QList>
#include <QMap>
#include <QString>

namespace schemata::document {

// Where a table (or view) box sits on the ER canvas. Sizes of 0 mean "fit content".
struct NodeLayout
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    QString color; // "#rrggbb" or empty for the theme default

    friend bool operator==(const NodeLayout&, const NodeLayout&) = default;
};

// A coloured group of tables ("Billing", "Catalog").
struct SubjectArea
{
    core::Id id;
    QString name;
    QString color;
    QList<core::Id> memberIds;

    friend bool operator==(const SubjectArea&, const SubjectArea&) = default;
};

// A free text note on the canvas.
struct Note
{
    core::Id id;
    QString text;
    double x = 0;
    double y = 0;
    double width = 200;
    double height = 80;

    friend bool operator==(const Note&, const Note&) = default;
};

// The diagram section of the document, kept apart from the model so that moving a
// box and editing a column are separate diff hunks. Keyed by object ID; a QMap so
// serialisation order is stable.
struct DiagramLayout
{
    QMap<core::Id, NodeLayout> nodes;
    QList<SubjectArea> subjectAreas;
    QList<Note> notes;

    friend bool operator==(const DiagramLayout&, const DiagramLayout&) = default;
};

} // namespace schemata::document
