#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace schemata::document {

// Finds an object key that occurs twice in the same JSON object. QJsonDocument accepts
// such input and silently keeps only the last value; the format promises that input
// is never dropped silently, so the reader refuses it. Runs on text QJsonDocument has
// already accepted, so it only needs to follow structure, not validate it.
class DuplicateKeyScanner
{
public:
    struct Duplicate
    {
        qsizetype offset; // byte offset of the second occurrence's opening quote
        QString key;
    };

    static std::optional<Duplicate> find(const QByteArray& json);
};

} // namespace schemata::document
