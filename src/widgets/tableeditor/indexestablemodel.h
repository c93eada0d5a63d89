#pragma once

#include "widgets/tableeditor/membertablemodel.h"

namespace schemata::widgets {

// The table editor's indexes grid: name, keys (columns and expressions with their sort
// and nulls order, as text: see indexkeytext.h), unique, method, partial predicate and
// covering (INCLUDE) columns. The keys of the current index are also edited one by one
// in the IndexKeysEditor under the grid.
class IndexesTableModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Columns,
        Unique,
        Method,
        Where,
        Include,
        ColumnCount
    };

    explicit IndexesTableModel(app::DocumentController* controller, QObject* parent = nullptr);

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
