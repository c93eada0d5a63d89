#include "model/validatortypechecks.h"

#include "model/validatorrules.h"

#include <QSet>

namespace schemata::model::validatorchecks {

using validatorsupport::displayName;
using validatorsupport::NameSpace;
using validatorsupport::Path;
using validatorsupport::quoted;
using validatorsupport::SchemaNames;
using Severity = Diagnostic::Severity;

void checkEnum(validatorsupport::ValidatorContext& context, const EnumType& enumType)
{
    const Path path(context.schemaPrefix(enumType.schemaId),
                    displayName(enumType.name, enumType.id));
    context.checkId(enumType.id, path, "enum");
    context.checkName(enumType.name, path, "enum", enumType.id);
    context.checkSchemaRef(enumType.schemaId, path, enumType.id);
    context.addName(context.schemaNames(enumType.schemaId).types, enumType.name,
                    "duplicate-type-name", QStringLiteral("by another enum in this schema"), path,
                    enumType.id);
    if (enumType.values.isEmpty()) {
        context.report(Severity::Error, "enum-without-values", path,
                       QStringLiteral("The enum has no values; add at least one value."),
                       enumType.id);
        return;
    }
    QSet<QString> seen;
    seen.reserve(enumType.values.size());
    for (const QString& value : enumType.values) {
        if (seen.contains(value)) {
            context.report(Severity::Error, "duplicate-enum-value", path,
                           QStringLiteral("The value %1 appears more than once; remove the repeat.")
                               .arg(quoted(value)),
                           enumType.id);
            continue;
        }
        seen.insert(value);
    }
}

// A domain lives in its schema's type namespace with the enums (and the row types of
// tables and views, checked from their side). It cannot be over another domain here:
// columns repeat the base type, which would then be ambiguous.
void checkDomain(validatorsupport::ValidatorContext& context, const DomainType& domain)
{
    const Path path(context.schemaPrefix(domain.schemaId), displayName(domain.name, domain.id));
    const core::Id& id = domain.id;
    context.checkId(id, path, "domain");
    context.checkName(domain.name, path, "domain", id);
    context.checkSchemaRef(domain.schemaId, path, id);
    SchemaNames& names = context.schemaNames(domain.schemaId);
    context.addName(names.types, domain.name, "duplicate-type-name",
                    QStringLiteral("by another enum or domain in this schema"), path, id);
    QString ignored;
    names.domains.add(domain.name, &ignored);

    const LogicalType& base = domain.baseType;
    if (!base.domainId.isNull())
        context.report(Severity::Error, "domain-over-domain", path,
                       QStringLiteral("The domain's base type names domain id \"%1\", but a "
                                      "domain cannot be based on another domain; use that "
                                      "domain's base type and repeat its constraints.")
                           .arg(base.domainId.toString()),
                       id);
    const QString parameterProblem = validatorrules::typeParameterProblem(base);
    if (!parameterProblem.isEmpty())
        context.report(Severity::Error, "invalid-type-parameters", path,
                       QStringLiteral("The base type %1 is invalid: %2; correct the type.")
                           .arg(base.toString(), parameterProblem),
                       id);
    if (base.kind == LogicalType::Kind::Enum && base.enumId.isNull())
        context.report(Severity::Error, "enum-column-without-enum", path,
                       QStringLiteral("The domain is over an enum but names no enum; choose the "
                                      "enum it draws its values from."),
                       id);
    else if (base.kind == LogicalType::Kind::Enum && !context.index().enumType(base.enumId))
        context.report(Severity::Error, "unknown-enum", path,
                       QStringLiteral("Enum id \"%1\" does not exist; choose an existing enum.")
                           .arg(base.enumId.toString()),
                       id);
    if (!domain.collation.isEmpty() && !base.isText())
        context.report(Severity::Error, "collation-non-text", path,
                       QStringLiteral("Collation %1 is set on a domain over %2; collations "
                                      "apply only to text types, so remove it.")
                           .arg(quoted(domain.collation), base.toString()),
                       id);
    // Check names are per domain in PostgreSQL.
    NameSpace checkNames;
    for (const CheckConstraint& check : domain.checks) {
        const Path checkPath(path.toString(),
                             check.name.isEmpty() ? QStringLiteral("check") : check.name);
        context.checkId(check.id, checkPath, "check constraint");
        context.addName(checkNames, check.name, "duplicate-constraint-name",
                        QStringLiteral("by another check of this domain"), checkPath, check.id);
        if (check.expression.trimmed().isEmpty())
            context.report(Severity::Error, "empty-check-expression", checkPath,
                           QStringLiteral("The domain's check has no expression; write the "
                                          "condition (VALUE is the value) or delete it."),
                           check.id);
    }
}

} // namespace schemata::model::validatorchecks
