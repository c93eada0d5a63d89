#include "cli/commandline.h"

#include <QCoreApplication>

namespace schemata::cli {

CommandLine::CommandLine(QStringList valueOptions, QStringList flags)
    : m_valueOptions(std::move(valueOptions)), m_flags(std::move(flags))
{
}

QString CommandLine::canonical(const QString& word) const
{
    // "--dialect=postgres" is accepted as well as "--dialect postgres".
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    return eq > 0 && word.startsWith(QLatin1String("--")) ? word.left(eq) : word;
}

std::optional<QString> CommandLine::parse(const QStringList& args)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& word = args.at(i);
        if (onlyPositional || word == QLatin1String("-") || !word.startsWith(QLatin1Char('-'))) {
            m_positional << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        const QString name = canonical(word);
        if (m_flags.contains(name)) {
            if (name != word)
                return QCoreApplication::translate("cli", "option %1 takes no value").arg(name);
            m_values.insert(name, QStringLiteral("1"));
        } else if (m_valueOptions.contains(name)) {
            if (name != word) {
                m_values.insert(name, word.mid(name.size() + 1));
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                return QCoreApplication::translate("cli", "option %1 needs a value").arg(name);
            }
        } else {
            return QCoreApplication::translate("cli", "unknown option %1").arg(word);
        }
    }
    return std::nullopt;
}

} // namespace schemata::cli
