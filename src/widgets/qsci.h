#pragma once

// QScintilla's headers use the `signals`/`slots` keywords, which the project disables
// (QT_NO_KEYWORDS) so that Qt never clashes with other libraries' identifiers. Map
// them to the macro forms for just these headers; include QScintilla only through here.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexercustom.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots
