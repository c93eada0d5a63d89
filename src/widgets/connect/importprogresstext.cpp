#include "widgets/connect/importprogresstext.h"

#include <QHash>

namespace schemata::widgets {

QString ImportProgressText::describe(const QString& phase, qsizetype done, qsizetype total,
                                     const QString& unit)
{
    // The importers' and readers' words are fixed English keys; these are their
    // translatable forms. An unknown word is shown as it came.
    static const QHash<QString, const char*> words = {
        {QStringLiteral("script"), QT_TR_NOOP("the script")},
        {QStringLiteral("statements"), QT_TR_NOOP("statements")},
        {QStringLiteral("tables"), QT_TR_NOOP("tables")},
        {QStringLiteral("columns"), QT_TR_NOOP("columns")},
        {QStringLiteral("constraints"), QT_TR_NOOP("constraints")},
        {QStringLiteral("indexes"), QT_TR_NOOP("indexes")},
        {QStringLiteral("views"), QT_TR_NOOP("views")},
        {QStringLiteral("report"), QT_TR_NOOP("objects the model cannot hold")},
        {QStringLiteral("queries"), QT_TR_NOOP("queries")},
        {QStringLiteral("objects"), QT_TR_NOOP("objects")},
    };
    const auto word = [](const QString& w) {
        const auto it = words.constFind(w);
        return it == words.cend() ? w : tr(*it);
    };
    if (phase == u"script")
        return tr("Running the script: %1 of %2 statements").arg(done).arg(total);
    return tr("Reading %1: %2 of %3 %4").arg(word(phase)).arg(done).arg(total).arg(word(unit));
}

} // namespace schemata::widgets
