#pragma once

#include "widgets/tableeditor/membertablemodel.h"

namespace schemata::widgets {

// The table editor's foreign keys grid: columns mapped to a referenced table's columns,
// ON DELETE / ON UPDATE actions and deferral.
class ForeignKeysTableModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Columns,
        References,
        ReferencedColumns,
        OnDelete,
        OnUpdate,
        Deferrable,
        InitiallyDeferred,
        ColumnCount
    };

    explicit ForeignKeysTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    core::Result<core::Id> addMember() override;

protected:
    QList<core::Id> idsOf(const model::Table& table) const override;
    QString removeText() const override;
    bool isCheckColumn(int column) const override;
};

} // namespace schemata::widgets
