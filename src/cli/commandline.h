#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace schemata::cli {

// A small, strict argument parser for one sub-command: declared options only,
// positional arguments counted, and an error message naming the offending word.
// (QCommandLineParser is built around one global application and prints/exit()s
// on its own; the commands need errors as values and exit code 2.)
class CommandLine
{
public:
    // valueOptions: options that take a value ("--dialect", "-o"); flags: options that do not.
    CommandLine(QStringList valueOptions, QStringList flags);

    // Returns an error message, or nothing on success.
    std::optional<QString> parse(const QStringList& args);

    QStringList positional() const { return m_positional; }
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }

private:
    QString canonical(const QString& word) const;

    QStringList m_valueOptions;
    QStringList m_flags;
    QStringList m_positional;
    QMap<QString, QString> m_values;
};

} // namespace schemata::cli
