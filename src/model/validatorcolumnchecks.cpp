#include "model/validatorcolumnchecks.h"

#include "model/validatorrules.h"

namespace schemata::model::validatorchecks {

using validatorsupport::displayName;
using validatorsupport::Path;
using validatorsupport::quoted;
using validatorsupport::ValidatorContext;
using Severity = Diagnostic::Severity;

namespace {

// A column declared with a domain repeats the domain's base type in its own fields:
// the domain must exist, and the two must agree (DDL for dialects without domains and
// type rules use the column's fields, PostgreSQL uses the domain).
void checkColumnDomain(ValidatorContext& context, const Path& path, const Column& column)
{
    const core::Id& domainId = column.type.domainId;
    const DomainType* domain = context.index().domainType(domainId);
    if (!domain) {
        context.report(Severity::Error, "unknown-domain", path,
                       QStringLiteral("Domain id \"%1\" does not exist; choose an existing "
                                      "domain or clear the column's domain.")
                           .arg(domainId.toString()),
                       column.id);
        return;
    }
    LogicalType own = column.type;
    own.domainId = {};
    LogicalType base = domain->baseType;
    base.domainId = {};
    if (own == base)
        return;
    const bool sameText = own.toString() == base.toString();
    context.report(Severity::Warning, "domain-type-mismatch", path,
                   QStringLiteral("The column's type %1 differs from the base type %2 of its "
                                  "domain %3%4; set the column's type to the domain's base type.")
                       .arg(own.toString(), base.toString(), quoted(domain->name),
                            sameText ? QStringLiteral(" (their enum or dialect overrides differ)")
                                     : QString()),
                   column.id);
}

void checkColumnEnum(ValidatorContext& context, const Path& path, const Column& column)
{
    const LogicalType& type = column.type;
    const core::Id& id = column.id;
    if (type.enumId.isNull()) {
        context.report(Severity::Error, "enum-column-without-enum", path,
                       QStringLiteral("The column has type enum but names no enum; choose the "
                                      "enum it draws its values from."),
                       id);
    } else if (const EnumType* enumType = context.index().enumType(type.enumId)) {
        if (column.defaultValue.kind == ColumnDefault::Kind::Literal &&
            !enumType->values.contains(column.defaultValue.value))
            context.report(Severity::Error, "default-not-in-enum", path,
                           QStringLiteral("The default %1 is not a value of enum %2; pick one "
                                          "of its values or add it to the enum.")
                               .arg(quoted(column.defaultValue.value), quoted(enumType->name)),
                           id);
    } else {
        context.report(Severity::Error, "unknown-enum", path,
                       QStringLiteral("Enum id \"%1\" does not exist; choose an existing enum.")
                           .arg(type.enumId.toString()),
                       id);
    }
}

// Default, identity and generation exclude each other in various ways.
void checkColumnValueSource(ValidatorContext& context, const Path& path, const Column& column)
{
    const LogicalType& type = column.type;
    const core::Id& id = column.id;
    if (column.defaultValue.kind == ColumnDefault::Kind::Expression &&
        column.defaultValue.value.trimmed().isEmpty())
        context.report(Severity::Error, "empty-default-expression", path,
                       QStringLiteral("The default is an empty expression; write the expression "
                                      "or remove the default."),
                       id);

    const bool hasDefault = column.defaultValue.kind != ColumnDefault::Kind::None;
    const bool generated = !column.generatedExpression.isEmpty();
    if (column.identity != Identity::None) {
        if (!type.isInteger())
            context.report(Severity::Error, "identity-non-integer", path,
                           QStringLiteral("Identity needs an integer column but the type is "
                                          "%1; make it smallint, integer or bigint, or drop "
                                          "identity.")
                               .arg(type.toString()),
                           id);
        if (hasDefault)
            context.report(Severity::Error, "identity-with-default", path,
                           QStringLiteral("An identity column cannot also have a default; "
                                          "remove the default or the identity."),
                           id);
        if (column.nullable)
            context.report(Severity::Warning, "identity-nullable", path,
                           QStringLiteral("Identity columns are always NOT NULL; mark the "
                                          "column not nullable to say so."),
                           id);
    }
    if (generated && hasDefault)
        context.report(
            Severity::Error, "generated-with-default", path,
            QStringLiteral("A generated column cannot have a default; remove the default."), id);
    if (generated && column.identity != Identity::None)
        context.report(
            Severity::Error, "generated-with-identity", path,
            QStringLiteral("A column cannot be both generated and identity; remove one."), id);
}

} // namespace

void checkColumn(ValidatorContext& context, const QString& tablePath, const Column& column)
{
    const Path path(tablePath, displayName(column.name, column.id));
    const core::Id& id = column.id;
    context.checkId(id, path, "column");
    context.checkName(column.name, path, "column", id);
    context.addName(context.columnNames(), column.name, "duplicate-column-name",
                    QStringLiteral("by another column of this table"), path, id);

    const LogicalType& type = column.type;
    if (!type.domainId.isNull())
        checkColumnDomain(context, path, column);
    const QString parameterProblem = validatorrules::typeParameterProblem(type);
    if (!parameterProblem.isEmpty())
        context.report(Severity::Error, "invalid-type-parameters", path,
                       QStringLiteral("The type %1 is invalid: %2; correct the type.")
                           .arg(type.toString(), parameterProblem),
                       id);
    if (type.kind == LogicalType::Kind::Enum)
        checkColumnEnum(context, path, column);

    checkColumnValueSource(context, path, column);

    if (!column.collation.isEmpty() && !type.isText())
        context.report(Severity::Error, "collation-non-text", path,
                       QStringLiteral("Collation %1 is set on a %2 column; collations apply "
                                      "only to text columns, so remove it.")
                           .arg(quoted(column.collation), type.toString()),
                       id);
    if (!column.retention.isEmpty() && !validatorrules::isIsoDuration(column.retention))
        context.report(Severity::Error, "invalid-retention", path,
                       QStringLiteral("Retention %1 is not an ISO 8601 duration; write it like "
                                      "P90D, P2Y or P1Y6M.")
                           .arg(quoted(column.retention)),
                       id);
    if (column.pii != PiiCategory::None && column.retention.isEmpty())
        context.report(Severity::Info, "pii-without-retention", path,
                       QStringLiteral("The column holds personal data (%1) but has no "
                                      "retention; set how long it may be kept (e.g. P2Y).")
                           .arg(piiCategoryName(column.pii)),
                       id);
}

} // namespace schemata::model::validatorchecks
