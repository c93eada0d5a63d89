#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace schemata::document {

// The JSON path of the value being read ("$.model.tables[3].columns[1].type").
// Each level lives on the reader's stack and points at its parent, so tracking the
// path costs nothing until an error needs the text. A child must not outlive its
// parent, and a dynamic key must outlive the JsonPath that views it.
class JsonPath
{
public:
    JsonPath() = default; // the root, "$"

    JsonPath key(QLatin1StringView name) const;
    JsonPath dynamicKey(QStringView name) const; // object keys that are data (layout node ids)
    JsonPath index(qsizetype i) const;

    QString toString() const;

private:
    enum class Kind
    {
        Root,
        Key,
        DynamicKey,
        Index
    };

    const JsonPath* m_parent = nullptr;
    Kind m_kind = Kind::Root;
    QLatin1StringView m_key;
    QStringView m_dynamicKey;
    qsizetype m_index = 0;
};

} // namespace schemata::document
