#pragma once

// Private helpers of validator.cpp: pure per-value rules that need no model context,
// kept apart so the walk in validator.cpp stays readable and the rules testable.

#include "model/logicaltype.h"

#include <QString>
#include <QStringView>

namespace schemata::model::validatorrules {

// How well a referencing column's type matches the referenced one.
enum class TypeMatch {
    Same,     // identical logical type
    Widen,    // same family, different width (integer → bigint, varchar(40) → text):
              // engines accept it, but values may not fit; widen the referencing column
    Mismatch, // different families (text → integer): engines refuse the FK
};

TypeMatch compareTypes(const LogicalType& referencing, const LogicalType& referenced);

// ISO 8601 duration: "P2Y", "P90D", "P1Y2M10DT2H30M", "PT36H", "P4W", "PT0.5S".
bool isIsoDuration(QStringView text);

// Empty when the type's parameters are valid, otherwise what is wrong with them
// ("varchar length must be at least 1").
QString typeParameterProblem(const LogicalType& type);

} // namespace schemata::model::validatorrules
