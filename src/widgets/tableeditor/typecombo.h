#pragma once

#include "widgets/tableeditor/typesuggestions.h"

#include <QList>

class QComboBox;

namespace schemata::widgets {

// The editable type field shared by the columns grid's Type cell and the property
// panel, so both offer the same types, complete the same way and accept the same text
// (what typeFromText can store). Free functions over a plain QComboBox: the grid makes
// a combo per edit, the panel keeps one from its .ui form.

// Editable, no insertion on Return, a validator that only lets through what the cell
// can store (anything else is "still typing"), a contains-anywhere popup completer and
// the field's tooltip. Call once per combo.
void setUpTypeCombo(QComboBox* combo);

// Replaces the items (one separator between groups, each item's note as its tooltip)
// and the completer's list with `suggestions`, keeping the text being edited and its
// cursor. No signal is emitted.
void setTypeSuggestions(QComboBox* combo, const QList<TypeSuggestion>& suggestions);

} // namespace schemata::widgets
