#include "dialect/objectnamer.h"

#include "dialect/sqltext.h"

namespace schemata::dialect {

ObjectNamer::ObjectNamer(int maxIdentifierBytes, int maxIdentifierChars)
    : m_maxBytes(maxIdentifierBytes), m_maxChars(maxIdentifierChars)
{
}

QSet<QString>& ObjectNamer::usedIn(const QString& scope)
{
    return m_used[scope];
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
    QString candidate = fitIdentifier(base + u'_' + suffix, m_maxBytes, m_maxChars);
    for (int n = 1; used.contains(candidate.toCaseFolded()); ++n)
        candidate = fitIdentifier(base + u'_' + suffix + QString::number(n), m_maxBytes, m_maxChars);
    used.insert(candidate.toCaseFolded());
    return candidate;
}

} // namespace schemata::dialect
