#include "widgets/tableeditor/columnstablemodel.h"

#include "app/documentcontroller.h"
#include "model/dependents.h"
#include "model/domainedits.h"
#include "model/tableedits.h"
#include "widgets/tableeditor/typesuggestions.h"

#include <QFont>

namespace schemata::widgets {

namespace {

QStringList piiChoices()
{
    QStringList names;
    for (int c = int(model::PiiCategory::None); c <= int(model::PiiCategory::Other); ++c)
        names << model::piiCategoryName(model::PiiCategory(c));
    return names;
}

} // namespace

ColumnsTableModel::ColumnsTableModel(app::DocumentController* controller, QObject* parent)
    : MemberTableModel(controller, parent)
{}

QList<core::Id> ColumnsTableModel::idsOf(const model::Table& table) const
{
    QList<core::Id> ids;
    for (const model::Column& c : table.columns)
        ids << c.id;
    return ids;
}

bool ColumnsTableModel::isCheckColumn(int column) const
{
    return column == Null || column == PrimaryKey || column == Unique;
}

int ColumnsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Null:
        return tr("Null");
    case Default:
        return tr("Default");
    case PrimaryKey:
        return tr("PK");
    case Unique:
        return tr("Unique");
    case Comment:
        return tr("Comment");
    case Pii:
        return tr("PII");
    default:
        return {};
    }
}

QVariant ColumnsTableModel::data(const QModelIndex& index, int role) const
{
    const model::Table* t = table();
    const model::Column* c = t ? t->column(idAt(index.row())) : nullptr;
    if (!c)
        return {};
    const auto check = [](bool on) { return on ? Qt::Checked : Qt::Unchecked; };
    switch (role) {
    case IdRole:
        return c->id.toString();
    case EditorRole:
        return int(index.column() == Type  ? Editor::Type
                   : index.column() == Pii ? Editor::Choice
                                           : Editor::Text);
    case ChoicesRole:
    case ChoiceNotesRole:
    case ChoiceGroupsRole:
        if (index.column() == Type) {
            // Computed when an editor opens, so enums added meanwhile are offered.
            const QList<TypeSuggestion> suggestions = typeSuggestions(m_controller->document());
            QStringList texts;
            QStringList notes;
            QVariantList groups;
            for (const TypeSuggestion& s : suggestions) {
                texts << s.text;
                notes << s.note;
                groups << int(s.group);
            }
            return role == ChoicesRole       ? QVariant(texts)
                   : role == ChoiceNotesRole ? QVariant(notes)
                                             : QVariant(groups);
        }
        return index.column() == Pii && role == ChoicesRole ? piiChoices() : QStringList{};
    case Qt::FontRole:
        // A pinned type is italic; a domain shows its own name, so it is not.
        if (index.column() == Type && c->type.domainId.isNull() &&
            !pinnedType(m_controller->document(), c->type).isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::CheckStateRole:
        switch (index.column()) {
        case Null:
            return check(c->nullable);
        case PrimaryKey:
            return check(t->isPrimaryKeyColumn(c->id));
        case Unique:
            return check(model::isColumnUnique(*t, c->id));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Type) {
            const model::Model& m = m_controller->document().model;
            if (const model::DomainType* d = m.domainType(c->type.domainId)) {
                return overrideDialect(m_controller->document()) == u"postgres"
                           ? tr("Declared with the domain %1 (base type %2)")
                                 .arg(model::domainQualifiedName(m, *d), d->baseType.toString())
                           : tr("Declared with the domain %1: this dialect has no domains, so "
                                "the column is %2 with the domain's constraints")
                                 .arg(model::domainQualifiedName(m, *d), d->baseType.toString());
            }
            const QString pinned = pinnedType(m_controller->document(), c->type);
            if (!pinned.isEmpty())
                return tr("%1 is pinned for this project's dialect; the others use %2")
                    .arg(pinned, c->type.kind == model::LogicalType::Kind::Enum
                                     ? tr("the enum")
                                     : c->type.toString());
            return tr("A logical type such as integer, varchar(80), numeric(10,2), timestamptz, "
                      "an enum or domain of the project, or any type of the target dialect");
        }
        if (index.column() == Default)
            return tr("'text' is a literal, a number is a number, CURRENT_TIMESTAMP the time "
                      "of insert, anything else an SQL expression");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return c->name;
        case Type:
            return typeEditText(m_controller->document(), c->type);
        case Default:
            return model::columnDefaultText(c->defaultValue);
        case Comment:
            return c->comment;
        case Pii:
            return role == Qt::DisplayRole && c->pii == model::PiiCategory::None
                       ? QString()
                       : model::piiCategoryName(c->pii);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool ColumnsTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Table* t = table();
    const model::Column* c = t ? t->column(idAt(index.row())) : nullptr;
    if (!c)
        return false;
    const core::Id id = c->id;
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        switch (index.column()) {
        case Null:
            return report(m_controller->setColumnNullable(id, on));
        case PrimaryKey:
            return report(m_controller->setColumnPrimaryKey(id, on));
        case Unique: {
            const core::Id keyId = m_controller->newId(u"uq");
            return edit(on ? tr("Make Column Unique") : tr("Drop Column Uniqueness"), id, {},
                        [&](model::Model& m) { return model::setColumnUnique(m, id, on, keyId); })
                .ok();
        }
        default:
            return false;
        }
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString())
        return true;
    switch (index.column()) {
    case Name: {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return report(core::Error{c->name, tr("a column needs a name")});
        if (const model::Column* other = t->columnByName(name); other && other->id != id)
            return report(
                core::Error{t->name, tr("the table already has a column \"%1\"").arg(name)});
        return report(m_controller->renameColumn(id, name));
    }
    case Type: {
        const auto type = typeFromText(m_controller->document(), c->type, text);
        if (!type)
            return report(type.error());
        if (type.value() == c->type)
            return true;
        return edit(tr("Change Column Type"), id, QStringLiteral("column.type"),
                    [&](model::Model& m) -> core::Status {
                        model::Table* owner = m.table(m_tableId);
                        model::Column* column = owner ? owner->column(id) : nullptr;
                        if (!column)
                            return core::Error{id.toString(), tr("no such column")};
                        column->type = type.value();
                        return {};
                    })
            .ok();
    }
    case Default:
        return report(m_controller->setColumnDefault(id, model::columnDefaultFromText(text)));
    case Comment:
        return report(m_controller->setColumnComment(id, text));
    case Pii: {
        const auto category = model::piiCategoryFromName(text);
        if (!category)
            return report(core::Error{text, tr("not a PII category")});
        return report(m_controller->setColumnPii(id, *category));
    }
    default:
        return false;
    }
}

core::Result<core::Id> ColumnsTableModel::addMember()
{
    auto added = m_controller->addColumn(m_tableId);
    if (!added)
        report(added.error());
    return added;
}

core::Status ColumnsTableModel::removeMember(int row)
{
    // The controller removes keys, indexes and FKs over the column with it.
    const core::Status status = m_controller->removeColumn(idAt(row));
    report(status);
    return status;
}

core::Status ColumnsTableModel::moveMember(int row, int delta)
{
    const core::Id id = idAt(row);
    return edit(tr("Move Column"), id, {},
                [&](model::Model& m) { return model::moveColumn(m, id, row + delta); });
}

QStringList ColumnsTableModel::removalAccount(int row) const
{
    QStringList lines;
    for (const model::Dependent& d : model::dependentsOf(m_controller->document().model, idAt(row)))
        lines << (d.reason.isEmpty() ? d.path : tr("%1 (%2)").arg(d.path, d.reason));
    return lines;
}

} // namespace schemata::widgets
