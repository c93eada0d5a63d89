#pragma once

#include <QCoreApplication>
#include <QString>

namespace schemata::widgets {

// The status line of an import that runs off the UI thread ("Reading tables: 40 of 1000
// tables"), from the phase and unit words the script importers and catalog readers report.
// One place for New from Database… and Import SQL…, so both say the same thing and the
// translators see each word once.
class ImportProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ImportProgressText)

public:
    static QString describe(const QString& phase, qsizetype done, qsizetype total,
                            const QString& unit);
};

} // namespace schemata::widgets
