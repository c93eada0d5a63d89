#pragma once

#include "widgets/tableeditor/membertablemodel.h"

namespace schemata::widgets {

// The table editor's checks grid: name and SQL expression.
class ChecksTableModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Expression,
        ColumnCount
    };

    explicit ChecksTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    core::Result<core::Id> addMember() override;

protected:
    QList<core::Id> idsOf(const model::Table& table) const override;
    QString removeText() const override;
};

} // namespace schemata::widgets
