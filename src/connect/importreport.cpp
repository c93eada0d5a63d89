#include "connect/importreport.h"

namespace schemata::connect {

int ImportReport::count(ImportReportItem::Kind kind) const
{
    int n = 0;
    for (const ImportReportItem& item : items)
        n += item.kind == kind ? 1 : 0;
    return n;
}

QString ImportReport::toText() const
{
    QString text;
    const int failed = count(ImportReportItem::Kind::Failed);
    const int kept = count(ImportReportItem::Kind::NotModelled);
    text += QStringLiteral("import report for %1: %2 tables, %3 views, %4 enums, %5 domains "
                           "imported; %6 objects/statements not modelled (SQL kept below), %7 "
                           "failed, %8 notes\n")
                .arg(source)
                .arg(tables)
                .arg(views)
                .arg(enums)
                .arg(domains)
                .arg(kept)
                .arg(failed)
                .arg(notes.size());
    if (filteredTables > 0 || filteredViews > 0) {
        // "3 tables left out …", "3 tables and 2 views left out …", "2 views left out …"
        QString what;
        if (filteredTables > 0)
            what = QStringLiteral("%1 tables").arg(filteredTables);
        if (filteredViews > 0)
            what += (what.isEmpty() ? QString() : QStringLiteral(" and ")) +
                    QStringLiteral("%1 views").arg(filteredViews);
        text += QStringLiteral("%1 left out by the table name filter").arg(what);
        if (filteredObjects > 0)
            text += QStringLiteral(", with %1 triggers, policies, rules … on them")
                        .arg(filteredObjects);
        text += u'\n';
    }
    for (const ImportReportItem& item : items) {
        QString head = item.kind == ImportReportItem::Kind::Failed ? QStringLiteral("failed")
                                                                   : QStringLiteral("not modelled");
        if (!item.location.isEmpty())
            head = item.location + QStringLiteral(": ") + head;
        head += QStringLiteral(" %1").arg(item.objectType);
        if (!item.name.isEmpty())
            head += u' ' + item.name;
        if (!item.message.isEmpty())
            head += QStringLiteral(": ") + item.message;
        text += head + u'\n';
        const QString sql = item.sql.trimmed();
        if (!sql.isEmpty()) {
            for (const QString& line : sql.split(u'\n'))
                text += QStringLiteral("    ") + line + u'\n';
        }
    }
    for (const model::Diagnostic& note : notes)
        text += note.toString() + u'\n';
    return text;
}

} // namespace schemata::connect
