#include "migrate/change.h"

#include <QStringList>

namespace schemata::migrate {

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("schema");
    case ObjectKind::Enum:
        return QStringLiteral("enum");
    case ObjectKind::Table:
        return QStringLiteral("table");
    case ObjectKind::Column:
        return QStringLiteral("column");
    case ObjectKind::PrimaryKey:
        return QStringLiteral("primary key");
    case ObjectKind::Unique:
        return QStringLiteral("unique constraint");
    case ObjectKind::Check:
        return QStringLiteral("check constraint");
    case ObjectKind::ForeignKey:
        return QStringLiteral("foreign key");
    case ObjectKind::Index:
        return QStringLiteral("index");
    case ObjectKind::View:
        return QStringLiteral("view");
    case ObjectKind::Domain:
        return QStringLiteral("domain");
    case ObjectKind::DomainCheck:
        return QStringLiteral("domain check constraint");
    }
    return {};
}

QString changeOpName(ChangeOp op)
{
    switch (op) {
    case ChangeOp::Add:
        return QStringLiteral("add");
    case ChangeOp::Drop:
        return QStringLiteral("drop");
    case ChangeOp::Rename:
        return QStringLiteral("rename");
    case ChangeOp::Alter:
        return QStringLiteral("alter");
    }
    return {};
}

QStringList attributeNames(Attributes attributes)
{
    // Same order as the bits in change.h, so the list is stable.
    static constexpr std::pair<Attribute, const char*> kNames[] = {
        {Attribute::Type, "type"},           {Attribute::Nullable, "nullable"},
        {Attribute::Default, "default"},     {Attribute::Identity, "identity"},
        {Attribute::Generated, "generated"}, {Attribute::Collation, "collation"},
        {Attribute::Comment, "comment"},     {Attribute::Metadata, "metadata"},
        {Attribute::Position, "position"},   {Attribute::Columns, "columns"},
        {Attribute::Reference, "reference"}, {Attribute::OnDelete, "on delete"},
        {Attribute::OnUpdate, "on update"},  {Attribute::Deferrable, "deferrable"},
        {Attribute::Unique, "unique"},       {Attribute::Keys, "keys"},
        {Attribute::Where, "where"},         {Attribute::Include, "include"},
        {Attribute::Method, "method"},       {Attribute::Expression, "expression"},
        {Attribute::Values, "values"},       {Attribute::Sql, "sql"},
        {Attribute::Schema, "schema"},
    };
    QStringList names;
    for (const auto& [bit, name] : kNames) {
        if (attributes.testFlag(bit))
            names.append(QString::fromLatin1(name));
    }
    return names;
}

QString describeChange(const Change& change)
{
    QString text = changeOpName(change.op) + QLatin1Char(' ') + objectKindName(change.kind) +
                   QLatin1Char(' ') + change.path;
    if (change.op == ChangeOp::Alter && change.changed != Attributes())
        text += QStringLiteral(" (") + attributeNames(change.changed).join(QStringLiteral(", ")) +
                QLatin1Char(')');
    return text;
}

} // namespace schemata::migrate
