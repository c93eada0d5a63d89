#include "dialect/typenamecheck.h"

#include "dialect/typemapping.h"

namespace schemata::dialect {

TypeNameCheck::TypeNameCheck(const Dialect& dialect, const model::Model& model)
    : m_known(dialect.name()), m_dialectName(dialect.name()),
      m_fallback(dialect.name() == u"mariadb" ? QStringLiteral("mysql") : QString()),
      m_displayName(dialect.displayName()), m_namedTypes(dialect.capabilities().nativeEnums)
{
    if (!m_namedTypes || !active())
        return;
    for (const model::EnumType& e : model.enums) {
        m_ownTypes.insert(e.name.toLower());
        if (const model::Schema* schema = model.schema(e.schemaId))
            m_ownTypes.insert(schema->name.toLower() + u'.' + e.name.toLower());
    }
    // The project's domains are types of the database too (an override may name one).
    for (const model::DomainType& d : model.domains) {
        m_ownTypes.insert(d.name.toLower());
        if (const model::Schema* schema = model.schema(d.schemaId))
            m_ownTypes.insert(schema->name.toLower() + u'.' + d.name.toLower());
    }
}

QString TypeNameCheck::problem(const model::LogicalType& type) const
{
    if (!active() || type.overrides.isEmpty())
        return {};
    const auto pinned = typeOverride(type, m_dialectName, m_fallback);
    if (!pinned || pinned->trimmed().isEmpty())
        return {};
    const KnownTypes::Reading reading = m_known.read(*pinned);
    if (reading.known || m_ownTypes.contains(reading.parts.join(u'.').toLower()))
        return {};
    const QString text = pinned->simplified();
    if (!reading.problem.isEmpty())
        return QStringLiteral("Type '%1': %2.").arg(text, reading.problem);
    const QString hint =
        m_namedTypes ? QStringLiteral("an extension or domain type? check the spelling")
                     : QStringLiteral("a type of another server version? check the spelling");
    QString message =
        QStringLiteral("Type '%1' is not a built-in %2 type (%3)").arg(text, m_displayName, hint);
    message += reading.suggestion.isEmpty()
                   ? QStringLiteral(".")
                   : QStringLiteral("; did you mean '%1'?").arg(reading.suggestion);
    return message;
}

} // namespace schemata::dialect
