// Sqitch: sqitch.plan plus deploy/, revert/ and verify/<change>.sql. Sqitch never wraps a
// script in a transaction (its own templates write BEGIN/COMMIT), so the scripts are
// kept as they are.
#include "migrate/bundlewriters.h"

#include <QDateTime>
#include <QSet>

namespace schemata::migrate::bundles {

namespace {

using namespace Qt::StringLiterals;

// Sqitch names: no blanks, none of ":@#\\", not starting or ending with punctuation,
// not ending in one of "~^/=%" followed by digits; '_' is not punctuation. Migration
// names already are [a-z0-9_]+; the project name is free text: blanks and those
// characters become '_', punctuation at either end is dropped.
QString sqitchProjectName(const QString& projectName)
{
    QString out;
    for (const QChar c : projectName)
        out += (c.isSpace() || u":@#\\~^/=%"_s.contains(c)) ? u'_' : c;
    while (!out.isEmpty() && out.front().isPunct() && out.front() != u'_')
        out.remove(0, 1);
    while (!out.isEmpty() && out.back().isPunct() && out.back() != u'_')
        out.chop(1);
    return out.isEmpty() ? u"schemata"_s : out;
}

} // namespace

QList<BundleFile> writeSqitch(const Input& input)
{
    const QString project = sqitchProjectName(input.projectName);
    QString plan = u"%syntax-version=1.0.0\n%project="_s + project + u"\n\n"_s;
    QList<BundleFile> scripts;
    QSet<QString> used;
    QString previous;
    for (const Entry& e : input.migrations) {
        // Change names must be unique in a plan; a repeated migration name gets its id.
        QString change = e.name;
        if (used.contains(change))
            change += u'_' + e.id;
        used.insert(change);
        const QDateTime when = document::migrationIdTime(e.id).value_or(QDateTime());
        plan += change;
        if (!previous.isEmpty())
            plan += u" ["_s + previous + u']';
        plan += u' ' + when.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"Z"_s;
        plan += u" Schemata <schemata@localhost> # %1 (%2)%3\n"_s.arg(
            e.name, e.id, e.irreversible ? u", irreversible"_s : QString());
        scripts.append({u"deploy/%1.sql"_s.arg(change), e.up.toUtf8()});
        scripts.append({u"revert/%1.sql"_s.arg(change), (irreversibleNote(e) + e.down).toUtf8()});
        scripts.append(
            {u"verify/%1.sql"_s.arg(change),
             u"-- Verify %1:%2 on %3.\n"
             u"-- Intentionally without checks: Schemata proves each migration by replaying the\n"
             u"-- history on a real engine (schemata migrate verify) before it is exported.\n"_s
                 .arg(project, change, input.dialect)
                 .toUtf8()});
        previous = change;
    }
    QList<BundleFile> files{{u"sqitch.plan"_s, plan.toUtf8()}};
    files += scripts;
    return files;
}

} // namespace schemata::migrate::bundles
