#include "widgets/tableeditor/checkstablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"

#include <algorithm>

namespace schemata::widgets {

ChecksTableModel::ChecksTableModel(app::DocumentController* controller, QObject* parent)
    : MemberTableModel(controller, parent)
{}

QList<core::Id> ChecksTableModel::idsOf(const model::Table& table) const
{
    QList<core::Id> ids;
    for (const model::CheckConstraint& c : table.checks)
        ids << c.id;
    return ids;
}

QString ChecksTableModel::removeText() const
{
    return tr("Delete Check");
}

int ChecksTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == Name ? tr("Name") : section == Expression ? tr("Expression") : QVariant();
}

QVariant ChecksTableModel::data(const QModelIndex& index, int role) const
{
    const model::Table* t = table();
    if (!t)
        return {};
    const core::Id id = idAt(index.row());
    const auto it = std::find_if(t->checks.cbegin(), t->checks.cend(),
                                 [&](const model::CheckConstraint& c) { return c.id == id; });
    if (it == t->checks.cend())
        return {};
    switch (role) {
    case IdRole:
        return id.toString();
    case EditorRole:
        return int(Editor::Text);
    case Qt::ToolTipRole:
        return index.column() == Expression ? tr("An SQL boolean expression, used verbatim")
                                            : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Name ? it->name : it->expression;
    default:
        return {};
    }
}

bool ChecksTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Table* t = table();
    if (!t || role != Qt::EditRole)
        return false;
    const core::Id id = idAt(index.row());
    const auto it = std::find_if(t->checks.cbegin(), t->checks.cend(),
                                 [&](const model::CheckConstraint& c) { return c.id == id; });
    if (it == t->checks.cend())
        return false;
    model::CheckConstraint next = *it;
    if (index.column() == Name)
        next.name = value.toString().trimmed();
    else
        next.expression = value.toString();
    if (next == *it)
        return true;
    return edit(index.column() == Name ? tr("Rename Check") : tr("Edit Check Expression"), id,
                index.column() == Name ? QStringLiteral("check.name")
                                       : QStringLiteral("check.expression"),
                [&](model::Model& m) { return model::updateCheck(m, next); })
        .ok();
}

core::Result<core::Id> ChecksTableModel::addMember()
{
    const core::Id id = m_controller->newId(u"chk");
    // TRUE holds for every row: a valid placeholder the user replaces right away.
    const core::Status status = edit(tr("Add Check"), id, {}, [&](model::Model& m) {
        return model::addCheck(m, m_tableId, id, QStringLiteral("TRUE"));
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace schemata::widgets
