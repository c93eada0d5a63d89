#pragma once

#include "core/id.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace schemata::document {

class JsonPath;

// Typed access to QJson values with one rule for every error: the first problem is
// recorded as "<source>: <JSON path>" plus what is wrong, and the accessor returns
// false so the caller can return at once. Missing optional keys leave the output
// untouched (it holds the default); present keys must have the right type.
class JsonValueReader
{
public:
    explicit JsonValueReader(QString sourceName) : m_source(std::move(sourceName)) {}

    const QString& source() const { return m_source; }
    const core::Error& error() const { return *m_error; }

    bool fail(const JsonPath& at, const QString& message);
    bool fail(const core::Error& error); // an error another reader found (nested sections)
    bool typeError(const JsonPath& at, const char* expected, const QJsonValue& found);

    // Every key of `o` must be in `allowed` (input is never dropped silently).
    bool checkKeys(const QJsonObject& o, const JsonPath& at,
                   std::initializer_list<QLatin1StringView> allowed);

    bool optionalObject(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                        QJsonObject& out, bool& present);
    bool optionalArray(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                       QJsonArray& out); // missing → empty
    bool elementObject(const QJsonValue& v, const JsonPath& at, QJsonObject& out);
    bool optionalString(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                        QString& out, bool* present = nullptr);
    bool requiredString(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                        QString& out);
    bool optionalBool(const QJsonObject& o, const JsonPath& at, QLatin1StringView key, bool& out);
    // A layout number: finite, within ±kMaxCoordinate, optionally not negative; stored
    // rounded to two decimals exactly as the writer writes it.
    bool optionalNumber(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                        double& out, bool nonNegative);
    bool stringList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                    QStringList& out);
    // A non-empty id string (a reference or, with `required`, an object's own "id").
    bool optionalReference(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                           core::Id& out, bool required = false);
    bool referenceList(const QJsonObject& o, const JsonPath& at, QLatin1StringView key,
                       QList<core::Id>& out);

    // A value quoted for a message, shortened so a corrupt megabyte does not become one.
    static QString quoted(QStringView text);

    static constexpr double kMaxCoordinate = 1e9;

private:
    QString m_source;
    std::optional<core::Error> m_error;
};

} // namespace schemata::document
