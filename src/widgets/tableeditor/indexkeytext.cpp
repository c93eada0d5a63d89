#include "widgets/tableeditor/indexkeytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace schemata::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("schemata::widgets::IndexKeyText", text);
}

// Splits at commas outside parentheses and quotes.
QStringList splitTopLevel(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

// Whether `text` is "( … )" with the first parenthesis closed by the last character.
bool isParenthesized(const QString& text)
{
    if (!text.startsWith(u'(') || !text.endsWith(u')'))
        return false;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i == text.size() - 1;
        }
    }
    return false;
}

} // namespace

QString sortText(model::IndexKey::Sort sort)
{
    return sort == model::IndexKey::Sort::Desc ? QStringLiteral("desc") : QStringLiteral("asc");
}

QString nullsText(model::IndexKey::Nulls nulls)
{
    switch (nulls) {
    case model::IndexKey::Nulls::First:
        return QStringLiteral("nulls first");
    case model::IndexKey::Nulls::Last:
        return QStringLiteral("nulls last");
    case model::IndexKey::Nulls::Default:
        break;
    }
    return {};
}

QString indexKeyText(const model::Table& table, const model::IndexKey& key)
{
    QString text;
    if (!key.columnId.isNull()) {
        const model::Column* column = table.column(key.columnId);
        text = column ? column->name : key.columnId.toString();
    } else {
        text = QLatin1Char('(') + key.expression + QLatin1Char(')');
    }
    if (key.sort == model::IndexKey::Sort::Desc)
        text += QLatin1String(" desc");
    if (key.nulls != model::IndexKey::Nulls::Default)
        text += QLatin1Char(' ') + nullsText(key.nulls);
    return text;
}

QString indexKeysText(const model::Table& table, const QList<model::IndexKey>& keys)
{
    QStringList parts;
    for (const model::IndexKey& key : keys)
        parts << indexKeyText(table, key);
    return parts.join(QLatin1String(", "));
}

core::Result<model::IndexKey> indexKeyFromText(const model::Table& table, const QString& text)
{
    static const QRegularExpression trailing(
        QStringLiteral(R"re((?:^|(?<=[\s)"]))(asc|desc|nulls\s+first|nulls\s+last)\s*$)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression plainName(QStringLiteral(R"(^[\p{L}_][\p{L}\p{N}_$]*$)"));
    model::IndexKey key;
    QString rest = text.trimmed();
    bool sortSeen = false;
    bool nullsSeen = false;
    for (;;) {
        const QRegularExpressionMatch m = trailing.match(rest);
        if (!m.hasMatch() || m.capturedStart() == 0)
            break;
        const QString word = m.captured(1).simplified().toLower();
        const bool isNulls = word.startsWith(QLatin1String("nulls"));
        if ((isNulls && nullsSeen) || (!isNulls && sortSeen))
            return core::Error{text, tr("the sort or nulls order is given twice")};
        if (isNulls) {
            nullsSeen = true;
            key.nulls = word.endsWith(QLatin1String("first")) ? model::IndexKey::Nulls::First
                                                              : model::IndexKey::Nulls::Last;
        } else {
            sortSeen = true;
            key.sort = word == u"desc" ? model::IndexKey::Sort::Desc : model::IndexKey::Sort::Asc;
        }
        rest = rest.left(m.capturedStart()).trimmed();
    }
    if (rest.isEmpty())
        return core::Error{text, tr("an index key needs a column or an expression")};
    if (isParenthesized(rest)) {
        key.expression = rest.mid(1, rest.size() - 2).trimmed();
        if (key.expression.isEmpty())
            return core::Error{text, tr("the expression is empty")};
        return key;
    }
    // A quoted name is a column too: "Order Date".
    QString name = rest;
    if (name.size() > 1 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    if (const model::Column* column = table.columnByName(name)) {
        key.columnId = column->id;
        return key;
    }
    if (plainName.match(rest).hasMatch() || name != rest)
        return core::Error{text, tr("%1 has no column \"%2\" (write an expression in parentheses)")
                                     .arg(table.name, name)};
    key.expression = rest;
    return key;
}

core::Result<QList<model::IndexKey>> indexKeysFromText(const model::Table& table,
                                                       const QString& text)
{
    QList<model::IndexKey> keys;
    for (const QString& part : splitTopLevel(text)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto key = indexKeyFromText(table, part);
        if (!key)
            return key.error();
        keys << key.value();
    }
    if (keys.isEmpty())
        return core::Error{text, tr("an index needs at least one key")};
    return keys;
}

} // namespace schemata::widgets
