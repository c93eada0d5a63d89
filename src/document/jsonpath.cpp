#include "document/jsonpath.h"

#include <QVarLengthArray>

namespace schemata::document {

namespace {

bool isPlainKey(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

void appendKey(QString& out, QStringView key)
{
    if (isPlainKey(key)) {
        out += QLatin1Char('.');
        out += key;
        return;
    }
    // Keys that are not identifiers are written in bracket form so the path stays
    // unambiguous (`$.layout.nodes["tbl 1"]`).
    out += QLatin1String("[\"");
    for (const QChar c : key) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1String("\"]");
}

} // namespace

JsonPath JsonPath::key(QLatin1StringView name) const
{
    JsonPath child;
    child.m_parent = this;
    child.m_kind = Kind::Key;
    child.m_key = name;
    return child;
}

JsonPath JsonPath::dynamicKey(QStringView name) const
{
    JsonPath child;
    child.m_parent = this;
    child.m_kind = Kind::DynamicKey;
    child.m_dynamicKey = name;
    return child;
}

JsonPath JsonPath::index(qsizetype i) const
{
    JsonPath child;
    child.m_parent = this;
    child.m_kind = Kind::Index;
    child.m_index = i;
    return child;
}

QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath*, 16> chain;
    for (const JsonPath* p = this; p; p = p->m_parent)
        chain.append(p);
    QString out;
    out.reserve(64);
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const JsonPath& p = **it;
        switch (p.m_kind) {
        case Kind::Root:
            out += QLatin1Char('$');
            break;
        case Kind::Key:
            appendKey(out, QString(p.m_key));
            break;
        case Kind::DynamicKey:
            appendKey(out, p.m_dynamicKey);
            break;
        case Kind::Index:
            out += QLatin1Char('[');
            out += QString::number(p.m_index);
            out += QLatin1Char(']');
            break;
        }
    }
    return out;
}

} // namespace schemata::document
