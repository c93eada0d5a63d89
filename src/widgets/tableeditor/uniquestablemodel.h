#pragma once

#include "widgets/tableeditor/membertablemodel.h"

namespace schemata::widgets {

// The table editor's UNIQUE constraints: name and key columns in order ("tenant_id,
// slug"). Any number of columns; the columns grid's Unique check box stays the quick way
// to a one-column constraint and shows the same constraints.
class UniquesTableModel : public MemberTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Columns,
        ColumnCount
    };

    explicit UniquesTableModel(app::DocumentController* controller, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A constraint over the column being edited in the columns grid (else the first
    // column outside the primary key), named <table>_<column>_key.
    core::Result<core::Id> addMember() override;

protected:
    QList<core::Id> idsOf(const model::Table& table) const override;
    QString removeText() const override;
};

} // namespace schemata::widgets
