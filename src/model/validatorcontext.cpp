#include "model/validatorcontext.h"

namespace schemata::model::validatorsupport {

void ValidatorContext::report(Severity severity, const char* code, const Path& path,
                              const QString& message, const core::Id& objectId)
{
    m_out.append(
        Diagnostic{severity, QString::fromLatin1(code), path.toString(), message, objectId});
}

QString ValidatorContext::schemaPrefix(const core::Id& schemaId) const
{
    const Schema* schema = m_index.schema(schemaId);
    return schema ? displayName(schema->name, schema->id) : QString();
}

void ValidatorContext::checkId(const core::Id& id, const Path& path, const char* what)
{
    if (id.isNull()) {
        report(Severity::Error, "missing-id", path,
               QStringLiteral("The %1 has no id; give it a unique id (e.g. by re-adding it).")
                   .arg(QLatin1String(what)),
               id);
        return;
    }
    Path& first = m_ids[id]; // one hash lookup, inserting an empty path if new
    if (first.isNull()) {
        first = path;
        return;
    }
    report(Severity::Error, "duplicate-id", path,
           QStringLiteral("The id \"%1\" is already used by %2; give this %3 a new id.")
               .arg(id.toString(), first.toString(), QLatin1String(what)),
           id);
}

void ValidatorContext::checkName(const QString& name, const Path& path, const char* what,
                                 const core::Id& id)
{
    if (name.trimmed().isEmpty())
        report(Severity::Error, "empty-name", path,
               QStringLiteral("The %1 has no name; give it a name.").arg(QLatin1String(what)), id);
}

void ValidatorContext::checkSchemaRef(const core::Id& schemaId, const Path& path,
                                      const core::Id& id)
{
    if (!m_index.schema(schemaId))
        report(Severity::Error, "unknown-schema", path,
               QStringLiteral("Schema id \"%1\" does not exist; move the object to an "
                              "existing schema.")
                   .arg(schemaId.toString()),
               id);
}

void ValidatorContext::addName(NameSpace& space, const QString& name, const char* exactCode,
                               const QString& where, const Path& path, const core::Id& id)
{
    if (name.isEmpty())
        return;
    QString first;
    switch (space.add(name, &first)) {
    case NameSpace::Clash::None:
        return;
    case NameSpace::Clash::Exact:
        report(Severity::Error, exactCode, path,
               QStringLiteral("The name %1 is already used %2; rename one of them.")
                   .arg(quoted(name), where),
               id);
        return;
    case NameSpace::Clash::CaseOnly:
        reportCaseClash(name, first, where, path, id);
        return;
    }
}

void ValidatorContext::reportCaseClash(const QString& name, const QString& first,
                                       const QString& where, const Path& path, const core::Id& id)
{
    report(Severity::Warning, "name-differs-only-in-case", path,
           QStringLiteral("The name %1 differs only in case from %2 %3; SQLite and MySQL "
                          "treat them as the same name, so rename one of them.")
               .arg(quoted(name), quoted(first), where),
           id);
}

} // namespace schemata::model::validatorsupport
