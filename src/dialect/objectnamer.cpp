#include "dialect/objectnamer.h"

#include "dialect/sqltext.h"

namespace schemata::dialect {

ObjectNamer::ObjectNamer(int maxIdentifierBytes, int maxIdentifierChars)
    : m_maxBytes(maxIdentifierBytes), m_maxChars(maxIdentifierChars)
{}

QSet<QString>& ObjectNamer::usedIn(const QString& scope)
{
    return m_used[scope];
}

QString ObjectNamer::preview(const QString& table, const QStringList& parts, const QString& suffix)
{
    return (QStringList{table} + parts + QStringList{suffix}).join(u'_');
}

void ObjectNamer::reserve(const QString& scope, const QString& name)
{
    if (!name.isEmpty())
        usedIn(scope).insert(name.toCaseFolded());
}

QString ObjectNamer::generate(const QString& scope, const QString& table, const QStringList& parts,
                              const QString& suffix)
{
    QString base = table;
    for (const QString& part : parts)
        base += u'_' + part;
    QSet<QString>& used = usedIn(scope);
    // The suffix survives truncation, so a cut name still says what it names.
    const QString tail = u'_' + suffix;
    QString candidate = fitIdentifier(base + tail, m_maxBytes, m_maxChars, tail);
    for (int n = 1; used.contains(candidate.toCaseFolded()); ++n) {
        const QString numbered = tail + QString::number(n);
        candidate = fitIdentifier(base + numbered, m_maxBytes, m_maxChars, numbered);
    }
    used.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace schemata::dialect
