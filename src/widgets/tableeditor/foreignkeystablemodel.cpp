#include "widgets/tableeditor/foreignkeystablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"

#include <algorithm>

namespace schemata::widgets {

namespace {

const model::ForeignKey* findKey(const model::Table& t, const core::Id& id)
{
    const auto it = std::find_if(t.foreignKeys.cbegin(), t.foreignKeys.cend(),
                                 [&](const model::ForeignKey& fk) { return fk.id == id; });
    return it == t.foreignKeys.cend() ? nullptr : &*it;
}

QStringList actionChoices()
{
    QStringList names;
    for (int a = int(model::ReferentialAction::NoAction);
         a <= int(model::ReferentialAction::SetDefault); ++a)
        names << model::referentialActionName(model::ReferentialAction(a));
    return names;
}

} // namespace

ForeignKeysTableModel::ForeignKeysTableModel(app::DocumentController* controller, QObject* parent)
    : MemberTableModel(controller, parent)
{}

QList<core::Id> ForeignKeysTableModel::idsOf(const model::Table& table) const
{
    QList<core::Id> ids;
    for (const model::ForeignKey& fk : table.foreignKeys)
        ids << fk.id;
    return ids;
}

QString ForeignKeysTableModel::removeText() const
{
    return tr("Delete Foreign Key");
}

bool ForeignKeysTableModel::isCheckColumn(int column) const
{
    return column == Deferrable || column == InitiallyDeferred;
}

int ForeignKeysTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForeignKeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Columns:
        return tr("Columns");
    case References:
        return tr("References");
    case ReferencedColumns:
        return tr("Referenced columns");
    case OnDelete:
        return tr("On delete");
    case OnUpdate:
        return tr("On update");
    case Deferrable:
        return tr("Deferrable");
    case InitiallyDeferred:
        return tr("Initially deferred");
    default:
        return {};
    }
}

QVariant ForeignKeysTableModel::data(const QModelIndex& index, int role) const
{
    const model::Table* t = table();
    const model::ForeignKey* fk = t ? findKey(*t, idAt(index.row())) : nullptr;
    if (!fk)
        return {};
    const model::Table* target = m_controller->document().model.table(fk->referencedTableId);
    const auto check = [](bool on) { return on ? Qt::Checked : Qt::Unchecked; };
    switch (role) {
    case IdRole:
        return fk->id.toString();
    case EditorRole: {
        const int c = index.column();
        return int(c == References || c == OnDelete || c == OnUpdate ? Editor::Choice
                                                                     : Editor::Text);
    }
    case ChoicesRole:
        return index.column() == References ? tableChoices() : actionChoices();
    case Qt::CheckStateRole:
        if (index.column() == Deferrable)
            return check(fk->deferrable);
        if (index.column() == InitiallyDeferred)
            return check(fk->initiallyDeferred);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Columns || index.column() == ReferencedColumns)
            return tr("Column names separated by commas; both lists pair up in order");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name:
            return fk->name;
        case Columns:
            return model::columnNames(*t, fk->columnIds);
        case References:
            return target ? tableChoice(*target) : QString();
        case ReferencedColumns:
            return target ? model::columnNames(*target, fk->referencedColumnIds) : QString();
        case OnDelete:
            return model::referentialActionName(fk->onDelete);
        case OnUpdate:
            return model::referentialActionName(fk->onUpdate);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool ForeignKeysTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const model::Table* t = table();
    const model::ForeignKey* current = t ? findKey(*t, idAt(index.row())) : nullptr;
    if (!current)
        return false;
    model::ForeignKey next = *current;
    QString text = tr("Edit Foreign Key");
    QString property;
    const QString valueText = value.toString();
    if (role == Qt::CheckStateRole && isCheckColumn(index.column())) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == Deferrable) {
            next.deferrable = on;
            // Only a deferrable constraint can start deferred.
            next.initiallyDeferred = on && next.initiallyDeferred;
        } else {
            next.initiallyDeferred = on;
            next.deferrable = next.deferrable || on;
        }
    } else if (role != Qt::EditRole) {
        return false;
    } else if (valueText == data(index, Qt::EditRole).toString()) {
        return true;
    } else if (index.column() == Name) {
        next.name = valueText.trimmed();
        text = tr("Rename Foreign Key");
        property = QStringLiteral("foreignKey.name");
    } else if (index.column() == Columns) {
        const auto ids = model::columnIdsFromNames(*t, valueText);
        if (!ids)
            return report(ids.error());
        next.columnIds = ids.value();
    } else if (index.column() == References) {
        const model::Table* target = tableFromChoice(valueText);
        if (!target)
            return report(core::Error{valueText, tr("no such table")});
        next.referencedTableId = target->id;
        // Columns of the same names if the new table has them, else its primary key.
        const model::Table* old = m_controller->document().model.table(current->referencedTableId);
        const auto sameNames =
            old ? model::columnIdsFromNames(*target,
                                            model::columnNames(*old, current->referencedColumnIds))
                : core::Result<QList<core::Id>>(core::Error{});
        if (sameNames)
            next.referencedColumnIds = sameNames.value();
        else if (target->primaryKey)
            next.referencedColumnIds = target->primaryKey->columnIds;
        else
            next.referencedColumnIds.clear();
        text = tr("Change Referenced Table");
    } else if (index.column() == ReferencedColumns) {
        const model::Table* target =
            m_controller->document().model.table(current->referencedTableId);
        if (!target)
            return false;
        const auto ids = model::columnIdsFromNames(*target, valueText);
        if (!ids)
            return report(ids.error());
        next.referencedColumnIds = ids.value();
    } else if (index.column() == OnDelete || index.column() == OnUpdate) {
        const auto action = model::referentialActionFromName(valueText);
        if (!action)
            return report(core::Error{valueText, tr("not a referential action")});
        (index.column() == OnDelete ? next.onDelete : next.onUpdate) = *action;
    }
    if (next == *current)
        return true;
    return edit(text, next.id, property,
                [&](model::Model& m) { return model::updateForeignKey(m, next); })
        .ok();
}

core::Result<core::Id> ForeignKeysTableModel::addMember()
{
    const auto proposal = model::proposeForeignKey(m_controller->document().model, m_tableId);
    if (!proposal) {
        report(proposal.error());
        return proposal.error();
    }
    const model::ForeignKey& fk = proposal.value();
    const core::Id id = m_controller->newId(u"fk");
    const core::Status status = edit(tr("Add Foreign Key"), id, {}, [&](model::Model& m) {
        return model::addForeignKey(m, m_tableId, id, fk.columnIds, fk.referencedTableId,
                                    fk.referencedColumnIds, fk.name);
    });
    if (!status)
        return status.error();
    return id;
}

} // namespace schemata::widgets
