#include "widgets/tableeditor/membertablemodel.h"

#include "app/documentcontroller.h"
#include "model/tableedits.h"

namespace schemata::widgets {

MemberTableModel::MemberTableModel(app::DocumentController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{}

void MemberTableModel::setTable(const core::Id& tableId)
{
    if (tableId == m_tableId)
        return;
    beginResetModel();
    m_tableId = tableId;
    const model::Table* shown = table();
    m_ids = shown ? idsOf(*shown) : QList<core::Id>{};
    endResetModel();
}

const model::Table* MemberTableModel::table() const
{
    return m_tableId.isNull() ? nullptr : m_controller->document().model.table(m_tableId);
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isCheckColumn(index.column()) ? base | Qt::ItemIsUserCheckable
                                         : base | Qt::ItemIsEditable;
}

bool MemberTableModel::isCheckColumn(int) const
{
    return false;
}

void MemberTableModel::refresh()
{
    const model::Table* shown = table();
    const QList<core::Id> ids = shown ? idsOf(*shown) : QList<core::Id>{};
    if (ids == m_ids) {
        // Same rows: repaint values in place so the current cell and an open editor stay.
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

core::Status MemberTableModel::removeMember(int row)
{
    const core::Id id = idAt(row);
    return edit(removeText(), id, {},
                [&](model::Model& m) { return model::removeTableMember(m, id); });
}

core::Status MemberTableModel::moveMember(int, int)
{
    const core::Status status = core::Error{{}, tr("these rows have no order to change")};
    report(status);
    return status;
}

QStringList MemberTableModel::removalAccount(int) const
{
    return {};
}

core::Status MemberTableModel::edit(const QString& text, const core::Id& memberId,
                                    const QString& property,
                                    const std::function<core::Status(model::Model&)>& mutate)
{
    const core::Status status = m_controller->applyEdit(
        text, memberId, property,
        [&](document::Document& doc) -> core::Status { return mutate(doc.model); });
    report(status);
    return status;
}

bool MemberTableModel::report(const core::Status& status)
{
    if (!status)
        Q_EMIT editFailed(status.error().toString());
    return status.ok();
}

QString MemberTableModel::tableChoice(const model::Table& t) const
{
    const model::Model& m = m_controller->document().model;
    const model::Schema* schema = m.schema(t.schemaId);
    return m.schemas.size() > 1 && schema ? schema->name + QLatin1Char('.') + t.name : t.name;
}

QStringList MemberTableModel::tableChoices() const
{
    QStringList choices;
    for (const model::Table& t : m_controller->document().model.tables)
        choices << tableChoice(t);
    return choices;
}

const model::Table* MemberTableModel::tableFromChoice(const QString& choice) const
{
    for (const model::Table& t : m_controller->document().model.tables) {
        if (tableChoice(t) == choice)
            return &t;
    }
    return nullptr;
}

} // namespace schemata::widgets
