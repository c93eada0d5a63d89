#include "sqlimport/scriptstatement.h"

#include <QStringList>
#include <cctype>

namespace schemata::sqlimport {

namespace {

qsizetype skipSpaceAndComments(QByteArrayView text, qsizetype i)
{
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++i;
        } else if (c == '-' && i + 1 < text.size() && text.at(i + 1) == '-') {
            while (i < text.size() && text.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < text.size() && text.at(i + 1) == '*') {
            const qsizetype end = text.indexOf("*/", i + 2);
            i = end < 0 ? text.size() : end + 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace

QString statementVerb(QByteArrayView text)
{
    QStringList words;
    qsizetype i = skipSpaceAndComments(text, 0);
    while (words.size() < 6 && i < text.size()) {
        qsizetype j = i;
        while (j < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text.at(j))) || text.at(j) == '_'))
            ++j;
        if (j == i)
            break;
        words << QString::fromLatin1(text.sliced(i, j - i)).toUpper();
        i = skipSpaceAndComments(text, j);
    }
    // Reduce modifiers so the verb says what is created.
    static const QStringList noise{
        QStringLiteral("OR"),        QStringLiteral("REPLACE"),    QStringLiteral("UNIQUE"),
        QStringLiteral("TEMP"),      QStringLiteral("TEMPORARY"),  QStringLiteral("UNLOGGED"),
        QStringLiteral("GLOBAL"),    QStringLiteral("LOCAL"),      QStringLiteral("MATERIALIZED"),
        QStringLiteral("RECURSIVE"), QStringLiteral("CONSTRAINT"), QStringLiteral("DEFINER"),
        QStringLiteral("TRUSTED"),   QStringLiteral("PROCEDURAL")};
    if (words.isEmpty())
        return {};
    if (words.constFirst() != u"CREATE" && words.constFirst() != u"ALTER" &&
        words.constFirst() != u"DROP" && words.constFirst() != u"COMMENT")
        return words.constFirst();
    QString verb = words.constFirst();
    bool materialized = false;
    for (qsizetype k = 1; k < words.size(); ++k) {
        if (words.at(k) == u"MATERIALIZED")
            materialized = true;
        if (noise.contains(words.at(k)))
            continue;
        verb += u' ' + (materialized ? QStringLiteral("MATERIALIZED ") : QString()) + words.at(k);
        break;
    }
    return verb;
}

QString trimmedStatement(QByteArrayView text)
{
    return QString::fromUtf8(text.sliced(skipSpaceAndComments(text, 0))).trimmed();
}

} // namespace schemata::sqlimport
