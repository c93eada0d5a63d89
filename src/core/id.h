#pragma once

#include <QHashFunctions>
#include <QString>

namespace schemata::core {

// Stable identity of a model object. Assigned once, kept across renames and moves,
// stored in the project document; migrations match objects by it (never by name).
class Id
{
public:
    Id() = default;
    explicit Id(QString value) : m_value(std::move(value)) {}

    const QString& toString() const { return m_value; }
    bool isNull() const { return m_value.isEmpty(); }

    friend bool operator==(const Id&, const Id&) = default;
    friend auto operator<=>(const Id& a, const Id& b) { return a.m_value.compare(b.m_value) <=> 0; }

private:
    QString m_value;
};

inline size_t qHash(const Id& id, size_t seed = 0) noexcept
{
    return qHash(id.toString(), seed);
}

} // namespace schemata::core
