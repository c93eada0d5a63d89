#include "widgets/tableeditor/uniquestablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"

#include <algorithm>

namespace schemata::widgets {

namespace {

const model::KeyConstraint* findKey(const model::Table& t, const core::Id& id)
{
    const auto it = std::find_if(t.uniques.cbegin(), t.uniques.cend(),
                                 [&](const model::KeyConstraint& k) { return k.id == id; });
    return it == t.uniques.cend() ? nullptr : &*it;
}

} // namespace

UniquesTableModel::UniquesTableModel(app::DocumentController* controller, QObject* parent)
    : MemberTableModel(controller, parent)
{}

QList<core::Id> UniquesTableModel::idsOf(const model::Table& table) const
{
    QList<core::Id> ids;
    for (const model::KeyConstraint& k : table.uniques)
        ids << k.id;
    return ids;
}

QString UniquesTableModel::removeText() const
{
    return tr("Delete Unique Constraint");
}

int UniquesTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UniquesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == Name ? tr("Name") : section == Columns ? tr("Columns") : QVariant();
}

QVariant UniquesTableModel::data(const QModelIndex& index, int role) const
{
    const model::Table* t = table();
    const model::KeyConstraint* k = t ? findKey(*t, idAt(index.row())) : nullptr;
    if (!k)
        return {};
    switch (role) {
    case IdRole:
        return k->id.toString();
    case EditorRole:
        return int(Editor::Text);
    case Qt::ToolTipRole:
        if (index.column() == Columns)
            return tr("The columns whose values together are unique, in key order, separated "
                      "by commas");
        if (index.column() == Name && k->name.isEmpty())
            return tr("No name: the database names the constraint");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Name ? k->name : model::columnNames(*t, k->columnIds);
    default:
        return {};
    }
}

bool UniquesTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Table* t = table();
    const model::KeyConstraint* current = t ? findKey(*t, idAt(index.row())) : nullptr;
    if (!current || role != Qt::EditRole)
        return false;
    model::KeyConstraint next = *current;
    QString text;
    QString property;
    if (index.column() == Name) {
        next.name = value.toString().trimmed();
        text = tr("Rename Unique Constraint");
        property = QStringLiteral("unique.name");
    } else if (index.column() == Columns) {
        const auto ids = model::columnIdsFromNames(*t, value.toString());
        if (!ids)
            return report(ids.error());
        next.columnIds = ids.value();
        text = tr("Change Unique Columns");
    } else {
        return false;
    }
    if (next == *current)
        return true;
    return edit(text, current->id, property,
                [&](model::Model& m) { return model::updateUnique(m, next); })
        .ok();
}

core::Result<core::Id> UniquesTableModel::addMember()
{
    const model::Table* t = table();
    if (!t || t->columns.isEmpty()) {
        const core::Error error{t ? t->name : QString(),
                                tr("add a column before a unique constraint")};
        report(error);
        return error;
    }
    core::Id column = t->column(m_preferredColumn) ? m_preferredColumn : core::Id();
    for (const model::Column& c : t->columns) {
        if (column.isNull() && !t->isPrimaryKeyColumn(c.id))
            column = c.id;
    }
    if (column.isNull())
        column = t->columns.first().id;
    const core::Id id = m_controller->newId(u"uq");
    const core::Status status = edit(tr("Add Unique Constraint"), id, {}, [&](model::Model& m) {
        return model::addUnique(m, m_tableId, id, {column});
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace schemata::widgets
