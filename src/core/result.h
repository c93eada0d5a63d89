#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace schemata::core {

// An error that a person can act on: `where` names the file, line or JSON path
// (e.g. "shop.schemata: $.model.tables[3].columns[1].type"), `message` what is wrong.
struct Error
{
    QString where;
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// Errors are values (DESIGN.md §4): loaders and parsers return Result<T> and never throw.
template <typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace schemata::core
